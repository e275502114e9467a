import { parseFleetRegions, selectRegions } from '@fleet/fleet';
import { defineEventFunction } from '@fleet/lambda-kit';
import { syncRegion, type RegionSync } from './sync-region';

export type { RegionSync } from './sync-region';

const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);

/** The schedule sends no region (every managed region); a direct invoke may name one. */
export interface SyncRequest {
  readonly region?: string;
}

/** Repairs the inventory from a full, paged read of EC2, each region on its own. */
export async function syncInventory(request: SyncRequest | null): Promise<RegionSync[]> {
  const regions = selectRegions(managedRegions, request?.region ? [request.region] : undefined);
  const outcomes = await Promise.allSettled(regions.map(syncRegion));
  const failed = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome] : []));
  if (failed.length > 0) throw new AggregateError(failed.map((outcome) => outcome.reason));
  return outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
}

export const handler = defineEventFunction(syncInventory);
