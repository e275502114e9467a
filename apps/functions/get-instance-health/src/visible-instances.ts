import type { Principal } from '@fleet/access';
import type { Instance, InstanceRef } from '@fleet/contract';
import { instanceKey } from '@fleet/fleet';
import type { VisibleInstanceLister } from '@fleet/instances-domain';

/**
 * The named instances the caller may read, by `region/id`, as the list shows them: read from the
 * inventory with the caller's team scope applied, so an instance of another team (or one the
 * inventory does not hold) is simply absent. No AWS call beyond the inventory's own check.
 *
 * @example
 * const visible = await visibleInstances(listVisible, principal, body.instances);
 */
export async function visibleInstances(
  listVisible: VisibleInstanceLister,
  principal: Principal,
  refs: readonly InstanceRef[],
): Promise<Map<string, Instance>> {
  const wanted = new Set(refs.map(instanceKey));
  const regions = [...new Set(refs.map((ref) => ref.region))];
  const listed = await listVisible(principal, regions);
  return new Map(
    listed
      .filter((instance) => wanted.has(instanceKey(instance)))
      .map((instance) => [instanceKey(instance), instance]),
  );
}
