import { isInTeamScope, type Principal } from '@fleet/access';
import type { Instance, InstanceRef } from '@fleet/contract';
import { selectRegions, TEAM_TAG, instanceNotFound } from '@fleet/fleet';
import type { InstanceRepository } from '@fleet/instances-ec2';

/** Finds an instance the caller may see, or throws `404 InstanceNotFound`. */
export type VisibleInstanceFinder = (principal: Principal, ref: InstanceRef) => Promise<Instance>;

/**
 * The same look-up as `GET /instances/{region}/{id}`: `400 UnknownRegion` for a region this stage
 * does not manage; `404` for an instance that is absent, in another region, or outside the
 * caller's teams — out of scope answers exactly like absent, so existence is never revealed.
 *
 * @example
 * const findInstance = createVisibleInstanceFinder(createInstanceRepository(), managedRegions);
 * const instance = await findInstance(principal, { region: 'eu-west-1', id: 'i-0123456789abcdef0' });
 */
export function createVisibleInstanceFinder(
  repository: InstanceRepository,
  managedRegions: readonly string[],
): VisibleInstanceFinder {
  return async (principal, ref) => {
    const [region] = selectRegions(managedRegions, [ref.region]);
    const instance = region ? await repository.find(region, ref.id) : undefined;
    if (!instance || !isInTeamScope(principal, instance.tags[TEAM_TAG])) {
      throw instanceNotFound(ref);
    }
    return instance;
  };
}
