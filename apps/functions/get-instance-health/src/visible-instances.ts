import { teamScopeOf, type Principal } from '@fleet/access';
import type { Instance, InstanceRef } from '@fleet/contract';
import { instanceKey, TEAM_TAG } from '@fleet/fleet';
import { teamScopedFilters } from '@fleet/instances-domain';
import type { InventoryReader } from '@fleet/inventory-dynamodb';

/**
 * The named instances the caller may read, by `region/id`, as the list shows them: read from the
 * inventory with the caller's team scope applied, so an instance of another team (or one the
 * inventory does not hold) is simply absent. No AWS call beyond the inventory's own check.
 *
 * @example
 * const visible = await visibleInstances(inventory, principal, body.instances);
 */
export async function visibleInstances(
  inventory: InventoryReader,
  principal: Principal,
  refs: readonly InstanceRef[],
): Promise<Map<string, Instance>> {
  const tags = teamScopedFilters(teamScopeOf(principal), undefined, TEAM_TAG);
  if (tags === null) return new Map();
  const wanted = new Set(refs.map(instanceKey));
  const regions = [...new Set(refs.map((ref) => ref.region))];
  const listed = await Promise.all(regions.map((region) => inventory.list(region, { tags })));
  return new Map(
    listed
      .flat()
      .filter((instance) => wanted.has(instanceKey(instance)))
      .map((instance) => [instanceKey(instance), instance]),
  );
}
