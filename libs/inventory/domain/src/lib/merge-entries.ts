import type { InstanceState } from '@fleet/contract';
import type { InventoryEntry } from './inventory-entry';

/** A chunk's entries after a merge, and whether anything a reader sees has changed. */
export interface MergeResult {
  readonly entries: InventoryEntry[];
  readonly changed: boolean;
}

function sameContent(a: InventoryEntry | undefined, b: InventoryEntry | undefined): boolean {
  return JSON.stringify(a?.instance) === JSON.stringify(b?.instance);
}

/**
 * Applies observations (from events or an action's write-through) to stored entries. Events are
 * hints that arrive at least once and in any order, so an observation older than the one stored
 * for the same id is dropped: the newest EC2 read wins, whatever order the writes land in.
 *
 * @example
 * const { entries, changed } = mergeObservations(stored, [observed(instance, readAt)]);
 */
export function mergeObservations(
  stored: readonly InventoryEntry[],
  updates: readonly InventoryEntry[],
): MergeResult {
  return applyNewer(stored, updates, (_, update) => update);
}

// Newest read wins: an update at or before what is stored for its id is dropped; `next` says what
// a newer one makes of the stored entry (undefined: nothing).
function applyNewer<T extends { readonly id: string; readonly observedAt: number }>(
  stored: readonly InventoryEntry[],
  updates: readonly T[],
  next: (current: InventoryEntry | undefined, update: T) => InventoryEntry | undefined,
): MergeResult {
  const byId = new Map(stored.map((entry) => [entry.id, entry]));
  let changed = false;
  for (const update of updates) {
    const current = byId.get(update.id);
    if (current && current.observedAt >= update.observedAt) continue;
    const entry = next(current, update);
    if (!entry) continue;
    if (!sameContent(current, entry)) changed = true;
    byId.set(update.id, entry);
  }
  return { entries: [...byId.values()], changed };
}

/**
 * Replaces stored entries with what a full sync read, except where the store holds something
 * newer than the sync's own read of that instance (an event handled while the sync was paging).
 * An id the sync did not see is gone, unless it was observed after the sync started (launched
 * meanwhile). Tombstones older than the sync are dropped: the sync has confirmed the absence.
 *
 * @example
 * const { entries } = mergeSync(stored, syncedEntriesOfThisChunk, syncStartedAt);
 */
export function mergeSync(
  stored: readonly InventoryEntry[],
  synced: readonly InventoryEntry[],
  syncStartedAt: number,
): MergeResult {
  const storedById = new Map(stored.map((entry) => [entry.id, entry]));
  const syncedById = new Map(synced.map((entry) => [entry.id, entry]));
  const entries: InventoryEntry[] = [];
  let changed = false;
  for (const id of new Set([...storedById.keys(), ...syncedById.keys()])) {
    const old = storedById.get(id);
    const fresh = syncedById.get(id);
    const winner = old && old.observedAt > (fresh?.observedAt ?? syncStartedAt) ? old : fresh;
    if (winner) entries.push(winner);
    if (!sameContent(old, winner)) changed = true;
  }
  return { entries, changed };
}

/** What an action learned from EC2's own answer: the instance's state right after the call. */
export interface StatePatch {
  readonly id: string;
  readonly state: InstanceState;
  readonly observedAt: number;
}

/**
 * Write-through of an action: EC2's answer to the call gives the new state (`stopping`, …) and
 * nothing else, so only the state of a stored instance changes, and only if nothing newer is
 * stored. The full re-read follows with the instance's state-change event.
 *
 * @example
 * patchStates(stored, [{ id: 'i-0abc', state: 'stopping', observedAt: Date.now() }]);
 */
export function patchStates(
  stored: readonly InventoryEntry[],
  patches: readonly StatePatch[],
): MergeResult {
  return applyNewer(stored, patches, (current, patch) =>
    current?.instance && current.instance.state !== patch.state
      ? {
          id: patch.id,
          observedAt: patch.observedAt,
          instance: { ...current.instance, state: patch.state },
        }
      : undefined,
  );
}
