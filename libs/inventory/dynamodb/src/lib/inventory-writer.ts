import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  chunkCountFor,
  chunkOf,
  mergeObservations,
  mergeSync,
  patchInstances,
  patchStates,
  type InstancePatch,
  type InventoryEntry,
  type MergeResult,
  type StatePatch,
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
  /** Write-through of an action: the states EC2 answered, for instances already stored. */
  patchStates(region: string, patches: readonly StatePatch[]): Promise<number>;
  /** Write-through of an edit (tags, type) to instances already stored. */
  patchInstances(region: string, patches: readonly InstancePatch[]): Promise<number>;
  /** Replaces the region's snapshot with a full read that began at `startedAt`. */
  sync(
    region: string,
    entries: readonly InventoryEntry[],
    startedAt: number,
  ): Promise<{ chunks: number; changedChunks: number }>;
}

const MAX_ATTEMPTS = 5;

function groupByChunk<T extends { readonly id: string }>(
  entries: readonly T[],
  chunks: number,
): Map<number, T[]> {
  const groups = new Map<number, T[]>();
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
  // Changes of a few instances: only the chunks they hash to are read and rewritten.
  const mergeInto = <T extends { readonly id: string }>(
    region: string,
    changes: readonly T[],
    merge: (stored: InventoryEntry[], updates: T[]) => MergeResult,
  ): Promise<number> =>
    retryOnNewGeneration(async () => {
      const meta = await readRegionMeta(client, table, region);
      if (!meta || changes.length === 0) return 0;
      const groups = groupByChunk(changes, meta.chunks);
      const changed = await Promise.all(
        [...groups].map(([chunk, updates]) =>
          updateChunk(client, table, meta, chunk, (stored) => merge(stored, updates)),
        ),
      );
      return changed.filter(Boolean).length;
    });

  return {
    observe: (region, entries) => mergeInto(region, entries, mergeObservations),
    patchStates: (region, patches) => mergeInto(region, patches, patchStates),
    patchInstances: (region, patches) => mergeInto(region, patches, patchInstances),

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
