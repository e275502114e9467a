import type { Principal } from '@fleet/access';
import type { Instance } from '@fleet/contract';
import { selectRegions } from '@fleet/fleet';
import type { InstanceFilters } from './instance-filters';
import { visibleTagFilters } from './visible-tag-filters';

/** The one read a visible-instances listing needs: a region's instances matching filters. */
export interface InstanceLister {
  list(region: string, filters: InstanceFilters): Promise<Instance[]>;
}

/** Lists every instance the caller may see in the regions asked for (all when none). */
export type VisibleInstanceLister = (
  principal: Principal,
  regions?: readonly string[],
) => Promise<Instance[]>;

/**
 * The read behind fleet-wide figures (the summary, the health of a page's instances), beside
 * `createVisibleInstanceFinder` for one instance: `400 UnknownRegion` for a region this stage
 * does not manage, and the caller's team scope applied in the read, so another team's instances
 * (and their tags) never leave the store. Nothing is read when the caller's teams hold nothing.
 *
 * @example
 * const listVisible = createVisibleInstanceLister(createInventoryReader(), managedRegions);
 * const rows = await listVisible(principal, ['eu-west-1']);
 */
export function createVisibleInstanceLister(
  source: InstanceLister,
  managedRegions: readonly string[],
): VisibleInstanceLister {
  return async (principal, requested) => {
    const regions = selectRegions(managedRegions, requested);
    const tags = visibleTagFilters(principal);
    if (tags === null) return [];
    const perRegion = await Promise.all(regions.map((region) => source.list(region, { tags })));
    return perRegion.flat();
  };
}
