import type { Instance, InstanceSort } from '@fleet/contract';
import { compareOrderKeys, orderKeyOf, type OrderKey } from './instance-order';

/** A set of instances, readable in the list's total order for any sort. */
export interface SortedIndex {
  /** The instances, in no particular order. */
  readonly instances: readonly Instance[];
  /** The instances in the list's total order for `sort` (sorted on first use, then kept). */
  sortedBy(sort: InstanceSort): readonly Instance[];
}

/**
 * Sorted views of one unchanging set of instances (an inventory chunk), one per sort, each built
 * the first time a page asks for it. A set that changes is replaced, never edited, so a view once
 * built stays true; a change to a thousand instances re-sorts a thousand, not the fleet.
 *
 * @example
 * const index = sortedIndex(chunkInstances);
 * index.sortedBy('-launchTime')[0]; // the most recently launched
 */
export function sortedIndex(instances: readonly Instance[]): SortedIndex {
  const views = new Map<InstanceSort, readonly Instance[]>();
  return {
    instances,
    sortedBy(sort) {
      let view = views.get(sort);
      if (!view) {
        const keyed = instances.map((instance) => ({ key: orderKeyOf(instance, sort), instance }));
        keyed.sort((a, b) => compareOrderKeys(a.key, b.key, sort));
        view = keyed.map((row) => row.instance);
        views.set(sort, view);
      }
      return view;
    },
  };
}

/** The position of the first row of `sorted` that comes after `after` (binary search). */
export function firstAfter(
  sorted: readonly Instance[],
  sort: InstanceSort,
  after: OrderKey | undefined,
): number {
  if (!after) return 0;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareOrderKeys(orderKeyOf(sorted[middle] as Instance, sort), after, sort) <= 0)
      low = middle + 1;
    else high = middle;
  }
  return low;
}
