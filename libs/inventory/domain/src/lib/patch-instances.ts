import type { Instance } from '@fleet/contract';
import type { InventoryEntry } from './inventory-entry';
import type { MergeResult } from './merge-entries';

/**
 * What an edit action (tags, type) knows it changed: EC2 answers those calls with a bare `true`,
 * so the change is the request itself, applied to the stored instance.
 */
export interface InstancePatch {
  readonly id: string;
  readonly observedAt: number;
  readonly patch: (instance: Instance) => Instance;
}

/**
 * Write-through of an edit: applies each patch to a stored instance, unless something newer is
 * stored (the event's full re-read, or a sync, that already saw it). Unknown ids are left for the
 * re-read that follows.
 *
 * @example
 * patchInstances(stored, [{ id: 'i-0abc', observedAt: Date.now(), patch: (i) => ({ ...i, type: 't3.large' }) }]);
 */
export function patchInstances(
  stored: readonly InventoryEntry[],
  patches: readonly InstancePatch[],
): MergeResult {
  const byId = new Map(stored.map((entry) => [entry.id, entry]));
  let changed = false;
  for (const { id, observedAt, patch } of patches) {
    const current = byId.get(id);
    if (!current?.instance || current.observedAt >= observedAt) continue;
    const instance = patch(current.instance);
    if (JSON.stringify(instance) === JSON.stringify(current.instance)) continue;
    byId.set(id, { id, observedAt, instance });
    changed = true;
  }
  return { entries: [...byId.values()], changed };
}
