import { parseFleetRegions, selectRegions } from '@fleet/fleet';
import { defineEventFunction, triggerOf } from '@fleet/lambda-kit';
import { syncRegion, type RegionSync } from './sync-region';

export type { RegionSync } from './sync-region';

const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);

/** A direct invoke may name one region; the schedule's event (EventBridge's) asks for all. */
export interface SyncRequest {
  readonly region?: string;
}

// The Scheduled Event names a region too — the stack's own, where the rule lives — which is not a
// request to sync only that one: read as such, every other managed region was never synced.
const requestedRegion = (request: SyncRequest | null): string | undefined =>
  triggerOf(request) === 'invoke' ? request?.region : undefined;

/**
 * Repairs the inventory from a full, paged read of EC2, each region on its own: every managed
 * region on the schedule, or the one region a direct invoke names.
 */
export async function syncInventory(request: SyncRequest | null): Promise<RegionSync[]> {
  const region = requestedRegion(request);
  const regions = selectRegions(managedRegions, region ? [region] : undefined);
  const outcomes = await Promise.allSettled(regions.map(syncRegion));
  const failed = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome] : []));
  if (failed.length > 0) throw new AggregateError(failed.map((outcome) => outcome.reason));
  return outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
}

export const handler = defineEventFunction(syncInventory);
