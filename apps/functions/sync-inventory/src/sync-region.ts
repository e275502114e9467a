import { createInstanceRepository } from '@fleet/instances-ec2';
import { observed } from '@fleet/inventory-domain';
import { createInventoryWriter } from '@fleet/inventory-dynamodb';
import { logger } from '@fleet/lambda-kit';

const instances = createInstanceRepository();
const inventory = createInventoryWriter();

export interface RegionSync {
  readonly region: string;
  readonly instances: number;
  readonly chunks: number;
  readonly changedChunks: number;
}

/** One region's repair: a full, paged read of EC2 written over the region's inventory. */
export async function syncRegion(region: string): Promise<RegionSync> {
  const startedAt = Date.now();
  const listed = await instances.list(region, {});
  const entries = listed.map((instance) => observed(instance, startedAt));
  const written = await inventory.sync(region, entries, startedAt);
  logger.info('inventory synced', { region, instances: listed.length, ...written });
  return { region, instances: listed.length, ...written };
}
