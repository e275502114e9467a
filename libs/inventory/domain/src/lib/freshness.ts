import type { InventoryFreshness } from '@fleet/contract';

/** When one region's inventory was last fully synced and last changed (epoch ms, 0 = never). */
export interface RegionFreshness {
  readonly syncedAt: number;
  readonly updatedAt: number;
}

const iso = (ms: number): string | null => (ms > 0 ? new Date(ms).toISOString() : null);

/**
 * The freshness a page reports for the regions it read: the oldest sync (a page is only as
 * complete as its least recently synced region) and the newest change.
 *
 * @example
 * combineFreshness([{ syncedAt: 1000, updatedAt: 5000 }, { syncedAt: 2000, updatedAt: 3000 }]);
 * // { syncedAt: '1970-01-01T00:00:01.000Z', updatedAt: '1970-01-01T00:00:05.000Z' }
 */
export function combineFreshness(regions: readonly RegionFreshness[]): InventoryFreshness {
  if (regions.length === 0) return { syncedAt: null, updatedAt: null };
  const synced = regions.map((region) => region.syncedAt);
  return {
    syncedAt: synced.includes(0) ? null : iso(Math.min(...synced)),
    updatedAt: iso(Math.max(...regions.map((region) => region.updatedAt))),
  };
}
