import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type {
  Instance,
  InstancePage,
  InventoryFreshness,
  ListInstancesQuery,
} from '@fleet/contract';
import { combineFreshness } from '@fleet/inventory-domain';
import {
  instanceFilter,
  pageSortedRuns,
  partsFor,
  sortedIndex,
  type InstanceFilters,
  type SortedIndex,
} from '@fleet/instances-domain';
import { decodeChunk } from './chunk-codec';
import { documentClient } from './document-client';
import { chunkKey, inventoryTableFromEnv, metaKey, type RegionMeta } from './inventory-keys';

/** The list side of the instance repository, served from the inventory. */
export interface InventoryReader {
  /** Every instance of the region the filters let through, as of the inventory's last change. */
  list(region: string, filters: InstanceFilters): Promise<Instance[]>;
  /**
   * One page of the regions' instances that the filters let through, in the query's order from
   * its cursor (free text applied): merged from each chunk's sorted index, so its cost follows
   * the page, not the fleet (see `pageSortedRuns`).
   */
  page(
    regions: readonly string[],
    filters: InstanceFilters,
    query: ListInstancesQuery,
  ): Promise<Pick<InstancePage, 'items' | 'nextCursor'>>;
  /** The age of what `list` last answered for these regions. */
  freshness(regions: readonly string[]): InventoryFreshness;
}

interface LoadedChunk {
  readonly rev: number;
  /** The chunk's instances, sorted per column on first use; replaced whole when it changes. */
  readonly index: SortedIndex;
}

interface RegionSnapshot {
  generation: number;
  chunks: Map<number, LoadedChunk>;
  /** Every instance of the region, flattened on the first `list` after a change. */
  instances: readonly Instance[] | undefined;
  syncedAt: number;
  updatedAt: number;
}

const hasFilters = (filters: InstanceFilters): boolean =>
  Boolean(filters.states?.length || filters.types?.length || filters.tags?.length);

// BatchGetItem takes at most 100 keys per call.
const BATCH = 100;

async function batchGet(
  client: DynamoDBDocumentClient,
  table: string,
  keys: readonly { pk: string }[],
  consistent: boolean,
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  for (let at = 0; at < keys.length; at += BATCH) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(at, at + BATCH);
    while (pending && pending.length > 0) {
      const answer: BatchGetCommandOutput = await client.send(
        new BatchGetCommand({
          RequestItems: { [table]: { Keys: pending, ConsistentRead: consistent } },
        }),
      );
      for (const item of answer.Responses?.[table] ?? []) found.set(item['pk'] as string, item);
      pending = answer.UnprocessedKeys?.[table]?.Keys;
    }
  }
  return found;
}

function staleChunks(meta: RegionMeta, snapshot: RegionSnapshot | undefined): number[] {
  const stale: number[] = [];
  for (let chunk = 0; chunk < meta.chunks; chunk += 1) {
    const loaded =
      snapshot?.generation === meta.generation ? snapshot.chunks.get(chunk) : undefined;
    if (!loaded || loaded.rev < (meta.revs[String(chunk)] ?? 0)) stale.push(chunk);
  }
  return stale;
}

/**
 * The list path's view of the inventory, cached for the life of the worker: the first request
 * loads each region's chunks; every later request makes one strongly consistent BatchGetItem of
 * the regions' meta items and reloads only chunks whose revision moved (a second call at most,
 * for any fleet size). Concurrent `list` calls of one request (one per region) share that check.
 * Each chunk keeps its own sorted views (`sortedIndex`), so `page` merges a page out of them
 * instead of scanning the fleet, and a changed chunk re-sorts its thousand rows, not the region.
 *
 * @example
 * const reader = createInventoryReader();
 * const rows = await reader.list('eu-west-1', { states: ['running'] });
 * const page = await reader.page(['eu-west-1'], {}, ListInstancesQuerySchema.parse({}));
 */
export function createInventoryReader(
  client: DynamoDBDocumentClient = documentClient(),
  table: string = inventoryTableFromEnv(),
): InventoryReader {
  const snapshots = new Map<string, RegionSnapshot>();
  let batch: { regions: Set<string>; done: Promise<void> } | undefined;

  async function refresh(regions: readonly string[]): Promise<void> {
    const metas = await batchGet(client, table, regions.map(metaKey), true);
    const wanted: { region: string; meta: RegionMeta; chunks: number[] }[] = [];
    for (const region of regions) {
      const meta = metas.get(metaKey(region).pk) as RegionMeta | undefined;
      if (!meta) snapshots.delete(region);
      else wanted.push({ region, meta, chunks: staleChunks(meta, snapshots.get(region)) });
    }
    const keys = wanted.flatMap(({ region, meta, chunks }) =>
      chunks.map((chunk) => chunkKey(region, meta.generation, chunk)),
    );
    const items = keys.length > 0 ? await batchGet(client, table, keys, false) : new Map();
    for (const { region, meta, chunks } of wanted) {
      const previous = snapshots.get(region);
      const kept = previous?.generation === meta.generation ? previous.chunks : new Map();
      for (const chunk of chunks) {
        const item = items.get(chunkKey(region, meta.generation, chunk).pk);
        const entries = decodeChunk(item?.['body'] as Uint8Array | undefined);
        kept.set(chunk, {
          rev: (item?.['rev'] as number | undefined) ?? 0,
          index: sortedIndex(entries.flatMap((entry) => (entry.instance ? [entry.instance] : []))),
        });
      }
      const instances = chunks.length > 0 || !previous ? undefined : previous.instances;
      snapshots.set(region, {
        generation: meta.generation,
        chunks: kept,
        instances,
        syncedAt: meta.syncedAt,
        updatedAt: meta.updatedAt,
      });
    }
  }

  function refreshed(region: string): Promise<void> {
    if (!batch) {
      const regions = new Set<string>();
      // Every `list` call made in the same turn (one per region of a request) joins one check.
      const done = Promise.resolve().then(() => {
        batch = undefined;
        return refresh([...regions]);
      });
      batch = { regions, done };
    }
    batch.regions.add(region);
    return batch.done;
  }

  function instancesOf(region: string): readonly Instance[] {
    const snapshot = snapshots.get(region);
    if (!snapshot) return [];
    snapshot.instances ??= [...snapshot.chunks.values()].flatMap((chunk) => chunk.index.instances);
    return snapshot.instances;
  }

  return {
    async list(region, filters) {
      await refreshed(region);
      const instances = instancesOf(region);
      // Callers only read the rows: no copy of the region when nothing is filtered out.
      return hasFilters(filters)
        ? instances.filter(instanceFilter(filters))
        : (instances as Instance[]);
    },
    async page(regions, filters, query) {
      await Promise.all(regions.map(refreshed));
      // A team scope (a tag filter) reads only its teams' parts of each chunk.
      const indexes = regions.flatMap((region) =>
        [...(snapshots.get(region)?.chunks.values() ?? [])].flatMap((chunk) =>
          partsFor(chunk.index, filters.tags),
        ),
      );
      return pageSortedRuns(
        indexes,
        query,
        hasFilters(filters) ? instanceFilter(filters) : undefined,
      );
    },
    freshness(regions) {
      return combineFreshness(
        regions.map((region) => snapshots.get(region) ?? { syncedAt: 0, updatedAt: 0 }),
      );
    },
  };
}
