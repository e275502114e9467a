import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  chunkCountFor,
  chunkOf,
  mergeObservations,
  mergeSync,
  type InventoryEntry,
} from '@fleet/inventory-domain';
import { GenerationChanged, updateChunk } from './chunk-update';
import { documentClient } from './document-client';
import { inventoryTableFromEnv, metaKey, type RegionMeta } from './inventory-keys';
import { readRegionMeta } from './region-meta';
import { rechunkRegion } from './rechunk-region';

/** Writes to the inventory: observations (events, write-through) and full syncs. */
export interface InventoryWriter {
  /**
   * Merges observations of some instances into their region (newest read wins). Returns how
   * many chunks changed; 0 also when the region was never synced (its first sync will read them).
   */
  observe(region: string, entries: readonly InventoryEntry[]): Promise<number>;
  /** Replaces the region's snapshot with a full read that began at `startedAt`. */
  sync(
    region: string,
    entries: readonly InventoryEntry[],
    startedAt: number,
  ): Promise<{ chunks: number; changedChunks: number }>;
}

const MAX_ATTEMPTS = 5;

function groupByChunk(
  entries: readonly InventoryEntry[],
  chunks: number,
): Map<number, InventoryEntry[]> {
  const groups = new Map<number, InventoryEntry[]>();
  for (const entry of entries) {
    const chunk = chunkOf(entry.id, chunks);
    groups.set(chunk, [...(groups.get(chunk) ?? []), entry]);
  }
  return groups;
}

async function retryOnNewGeneration<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const raced =
        error instanceof GenerationChanged || error instanceof ConditionalCheckFailedException;
      if (!raced || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * The inventory's writer over DynamoDB (table from `INVENTORY_TABLE`).
 *
 * @example
 * const inventory = createInventoryWriter();
 * await inventory.observe('eu-west-1', [observed(instance, readAt)]);
 */
export function createInventoryWriter(
  client = documentClient(),
  table = inventoryTableFromEnv(),
): InventoryWriter {
  return {
    observe: (region, entries) =>
      retryOnNewGeneration(async () => {
        const meta = await readRegionMeta(client, table, region);
        if (!meta || entries.length === 0) return 0;
        const groups = groupByChunk(entries, meta.chunks);
        const changed = await Promise.all(
          [...groups].map(([chunk, updates]) =>
            updateChunk(client, table, meta, chunk, (stored) => mergeObservations(stored, updates)),
          ),
        );
        return changed.filter(Boolean).length;
      }),

    sync: (region, entries, startedAt) =>
      retryOnNewGeneration(async () => {
        const meta = await readRegionMeta(client, table, region);
        const chunks = chunkCountFor(entries.length);
        if (!meta || meta.chunks !== chunks) {
          await rechunkRegion(client, table, region, meta, entries, startedAt, chunks);
          return { chunks, changedChunks: chunks };
        }
        const groups = groupByChunk(entries, chunks);
        const changed = await Promise.all(
          Array.from({ length: chunks }, (_, chunk) =>
            updateChunk(client, table, meta, chunk, (stored) =>
              mergeSync(stored, groups.get(chunk) ?? [], startedAt),
            ),
          ),
        );
        await markSynced(client, table, meta, startedAt);
        return { chunks, changedChunks: changed.filter(Boolean).length };
      }),
  };
}

async function markSynced(
  client: ReturnType<typeof documentClient>,
  table: string,
  meta: RegionMeta,
  startedAt: number,
): Promise<void> {
  // The snapshot is only known complete as of the moment the sync began to read.
  await client.send(
    new UpdateCommand({
      TableName: table,
      Key: metaKey(meta.region),
      UpdateExpression: 'SET syncedAt = :startedAt',
      ConditionExpression: 'generation = :generation',
      ExpressionAttributeValues: { ':startedAt': startedAt, ':generation': meta.generation },
    }),
  );
}
