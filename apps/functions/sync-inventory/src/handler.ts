import { parseFleetRegions, selectRegions } from '@fleet/fleet';
import { createInstanceRepository } from '@fleet/instances-ec2';
import { observed } from '@fleet/inventory-domain';
import { createInventoryWriter } from '@fleet/inventory-dynamodb';
import { defineEventFunction, logger } from '@fleet/lambda-kit';

const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const instances = createInstanceRepository();
const inventory = createInventoryWriter();

/** The schedule sends no region (every managed region); a direct invoke may name one. */
export interface SyncRequest {
  readonly region?: string;
}

export interface RegionSync {
  readonly region: string;
  readonly instances: number;
  readonly chunks: number;
  readonly changedChunks: number;
}

async function syncRegion(region: string): Promise<RegionSync> {
  const startedAt = Date.now();
  const listed = await instances.list(region, {});
  const entries = listed.map((instance) => observed(instance, startedAt));
  const written = await inventory.sync(region, entries, startedAt);
  logger.info('inventory synced', { region, instances: listed.length, ...written });
  return { region, instances: listed.length, ...written };
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
