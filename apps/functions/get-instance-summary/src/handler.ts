import { InstanceSummaryQuerySchema, type InstanceSummary } from '@fleet/contract';
import { parseFleetRegions } from '@fleet/fleet';
import { createVisibleInstanceLister, summarizeInstances } from '@fleet/instances-domain';
import { createInventoryReader } from '@fleet/inventory-dynamodb';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'instances:read', query: InstanceSummaryQuerySchema } as const;
const listVisible = createVisibleInstanceLister(
  createInventoryReader(),
  parseFleetRegions(process.env.FLEET_REGIONS),
);

/**
 * `GET /instances/summary`: the fleet-wide figures of a list query — total rows, rows per state,
 * tag keys and values for suggestions — from the inventory, over the instances the caller may see
 * (their teams only), so no one learns another team's tag values.
 */
export async function getInstanceSummary({
  query,
  principal,
}: HttpInput<typeof spec>): Promise<InstanceSummary> {
  // The query's tag filters narrow the figures, not the read: the read is the caller's teams.
  return summarizeInstances(await listVisible(principal, query.region), query);
}

export const handler = defineHttpFunction(spec, getInstanceSummary);
