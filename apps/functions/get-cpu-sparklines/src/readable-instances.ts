import { teamScopeOf, type Principal } from '@fleet/access';
import type { InstanceRef } from '@fleet/contract';
import { instanceKey, TEAM_TAG } from '@fleet/fleet';
import { teamScopedFilters } from '@fleet/instances-domain';
import type { InventoryReader } from '@fleet/inventory-dynamodb';
import type { ReadableRef } from '@fleet/metrics-domain';

/**
 * Which of the named instances the caller may read. CloudWatch knows no teams, so for a caller
 * with a team scope the fleet inventory says which instances carry those teams (the list's own
 * source, so a sparkline is readable exactly when its row is listed; one version check per
 * request, no EC2 call); admins see the whole fleet and cost no call at all.
 *
 * @example
 * const readable = await readableInstances(createInventoryReader(), principal, body.instances);
 * const plan = planCpuSparklines(body.instances, Date.now(), readable);
 */
export async function readableInstances(
  inventory: Pick<InventoryReader, 'list'>,
  principal: Principal,
  refs: readonly InstanceRef[],
): Promise<ReadableRef> {
  const scope = teamScopeOf(principal);
  if (scope === undefined) return () => true;
  const tags = teamScopedFilters(scope, undefined, TEAM_TAG);
  if (tags === null) return () => false;
  const regions = [...new Set(refs.map((ref) => ref.region))];
  const listed = await Promise.all(regions.map((region) => inventory.list(region, { tags })));
  const visible = new Set(listed.flat().map(instanceKey));
  return (ref) => visible.has(instanceKey(ref));
}
