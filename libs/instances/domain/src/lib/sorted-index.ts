import type { Instance, InstanceSort, TagFilter } from '@fleet/contract';
import { compareOrderKeys, orderKeyOf, type OrderKey } from './instance-order';

/** A set of instances, readable in the list's total order for any sort. */
export interface SortedIndex {
  /** The instances, in no particular order. */
  readonly instances: readonly Instance[];
  /** The instances in the list's total order for `sort` (sorted on first use, then kept). */
  sortedBy(sort: InstanceSort): readonly Instance[];
  /** The instances whose tag `key` has `value`, as an index of their own (built once, kept). */
  withTag(key: string, value: string): SortedIndex;
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
  const parts = new Map<string, SortedIndex>();
  return {
    instances,
    withTag(key, value) {
      const name = JSON.stringify([key, value]);
      let part = parts.get(name);
      if (!part) {
        part = sortedIndex(instances.filter((instance) => instance.tags[key] === value));
        parts.set(name, part);
      }
      return part;
    },
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

/**
 * The parts of an index that a list's tag filters can hold rows of: for the first tag key filtered
 * on (the team scope is one), the index's part for each value asked — disjoint, since an instance
 * has one value per key. A page then merges only rows of those teams, however they sort: a team
 * whose names all sort late costs the same as one whose names sort first. Other filters still
 * apply row by row; with no tag filter the index is its own only part.
 *
 * @example
 * partsFor(index, [{ key: 'Team', value: 'payments' }]); // [index.withTag('Team', 'payments')]
 */
export function partsFor(
  index: SortedIndex,
  tags: readonly TagFilter[] | undefined,
): SortedIndex[] {
  const first = tags?.[0];
  if (!first) return [index];
  const values = new Set(
    (tags ?? []).filter((tag) => tag.key === first.key).map((tag) => tag.value),
  );
  return [...values].map((value) => index.withTag(first.key, value));
}
