import { teamScopeOf, type Principal } from '@fleet/access';
import type { InstanceRef } from '@fleet/contract';
import { instanceKey, TEAM_TAG } from '@fleet/fleet';
import { teamScopedFilters } from '@fleet/instances-domain';
import type { InstanceRepository } from '@fleet/instances-ec2';
import type { ReadableRef } from '@fleet/metrics-domain';

/**
 * Which of the named instances the caller may read. CloudWatch knows no teams, so for a caller
 * with a team scope EC2 lists the instances tagged with those teams (one DescribeInstances per
 * region named, filtered by EC2); admins see the whole fleet and cost no EC2 call.
 *
 * @example
 * const readable = await readableInstances(repository, principal, body.instances);
 * const plan = planCpuSparklines(body.instances, Date.now(), readable);
 */
export async function readableInstances(
  repository: InstanceRepository,
  principal: Principal,
  refs: readonly InstanceRef[],
): Promise<ReadableRef> {
  const scope = teamScopeOf(principal);
  if (scope === undefined) return () => true;
  const tags = teamScopedFilters(scope, undefined, TEAM_TAG);
  if (tags === null) return () => false;
  const regions = [...new Set(refs.map((ref) => ref.region))];
  const listed = await Promise.all(regions.map((region) => repository.list(region, { tags })));
  const visible = new Set(listed.flat().map(instanceKey));
  return (ref) => visible.has(instanceKey(ref));
}
