import { isInTeamScope, type Principal } from '@fleet/access';
import type { Instance, InstanceRef } from '@fleet/contract';
import { instanceNotFound, selectRegions, teamOf } from '@fleet/fleet';

/** The one read a visible-instance look-up needs: an instance by region and id, if it exists. */
export interface InstanceSource<T extends Instance = Instance> {
  find(region: string, id: string): Promise<T | undefined>;
}

/** Finds an instance the caller may see, or throws `404 InstanceNotFound`. */
export type VisibleInstanceFinder<T extends Instance = Instance> = (
  principal: Principal,
  ref: InstanceRef,
) => Promise<T>;

/**
 * The look-up behind every read of one instance (`GET /instances/{region}/{id}` and its metrics):
 * `400 UnknownRegion` for a region this stage does not manage; `404` for an instance that is
 * absent, in another region, or outside the caller's teams — out of scope answers exactly like
 * absent, so a caller never learns that the instance exists.
 *
 * @example
 * const findInstance = createVisibleInstanceFinder(createInstanceRepository(), managedRegions);
 * const instance = await findInstance(principal, { region: 'eu-west-1', id: 'i-0123456789abcdef0' });
 */
export function createVisibleInstanceFinder<T extends Instance>(
  source: InstanceSource<T>,
  managedRegions: readonly string[],
): VisibleInstanceFinder<T> {
  return async (principal, ref) => {
    const [region] = selectRegions(managedRegions, [ref.region]);
    const instance = region ? await source.find(region, ref.id) : undefined;
    if (!instance || !isInTeamScope(principal, teamOf(instance))) throw instanceNotFound(ref);
    return instance;
  };
}
