import { ListInstancesQuerySchema, type InstancePage } from '@fleet/contract';
import { parseFleetRegions, selectRegions } from '@fleet/fleet';
import { visibleTagFilters } from '@fleet/instances-domain';
import { createInventoryReader } from '@fleet/inventory-dynamodb';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'instances:read', query: ListInstancesQuerySchema } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
// The list side of the instance repository, served from the inventory (loaded once per worker).
const repository = createInventoryReader();

/** `GET /instances`: one page of the caller's part of the fleet, across the managed regions. */
export async function listInstances({
  query,
  principal,
}: HttpInput<typeof spec>): Promise<InstancePage> {
  const regions = selectRegions(managedRegions, query.region);
  const tags = visibleTagFilters(principal, query.tag);
  const filters = { states: query.state, types: query.type, tags: tags ?? [] };
  // Merged from the inventory's per-chunk sorted indexes: the cost follows the page, not the fleet.
  const page =
    tags === null
      ? { items: [], nextCursor: null }
      : await repository.page(regions, filters, query);
  return { ...page, inventory: repository.freshness(regions) };
}

export const handler = defineHttpFunction(spec, listInstances);
