import { teamScopeOf } from '@fleet/access';
import { InstanceSummaryQuerySchema, type InstanceSummary } from '@fleet/contract';
import { parseFleetRegions, selectRegions, TEAM_TAG } from '@fleet/fleet';
import { summarizeInstances, teamScopedFilters } from '@fleet/instances-domain';
import { createInventoryReader } from '@fleet/inventory-dynamodb';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'instances:read', query: InstanceSummaryQuerySchema } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const inventory = createInventoryReader();

/**
 * `GET /instances/summary`: the fleet-wide figures of a list query — total rows, rows per state,
 * tag keys and values for suggestions — from the inventory, over the instances the caller may see
 * (their teams only), so no one learns another team's tag values.
 */
export async function getInstanceSummary({
  query,
  principal,
}: HttpInput<typeof spec>): Promise<InstanceSummary> {
  const regions = selectRegions(managedRegions, query.region);
  const scope = teamScopedFilters(teamScopeOf(principal), undefined, TEAM_TAG);
  if (scope === null) return summarizeInstances([], query);
  const perRegion = await Promise.all(
    regions.map((region) => inventory.list(region, { tags: scope })),
  );
  return summarizeInstances(perRegion.flat(), query);
}

export const handler = defineHttpFunction(spec, getInstanceSummary);
