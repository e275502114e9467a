import type { Instance, InstancePage, ListInstancesQuery } from '@fleet/contract';
import { freeTextMatcher } from './free-text';
import { decodeCursor } from './instance-cursor';
import { compareOrderKeys, orderKeyOf, type OrderKey } from './instance-order';
import { firstAfter, type SortedIndex } from './sorted-index';
import { pageOfRows, topRows, type RankedRow } from './top-rows';

interface RunHead {
  readonly run: readonly Instance[];
  at: number;
  key: OrderKey;
}

/**
 * Rows looked at in merged order before a page that is still not full falls back to one pass
 * over the rest: filters that let few rows through would otherwise walk the whole fleet through
 * the heap, which costs more than that pass.
 */
export const WALK_BUDGET = 4096;

// A binary min-heap of the runs' next rows: the k-way merge of C sorted runs costs log C a row.
function siftDown(heap: RunHead[], from: number, less: (a: RunHead, b: RunHead) => boolean): void {
  let at = from;
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let least = at;
    if (left < heap.length && less(heap[left] as RunHead, heap[least] as RunHead)) least = left;
    if (right < heap.length && less(heap[right] as RunHead, heap[least] as RunHead)) least = right;
    if (least === at) return;
    [heap[at], heap[least]] = [heap[least] as RunHead, heap[at] as RunHead];
    at = least;
  }
}

/**
 * One page of the list from sets of instances each already sorted (the inventory's chunks, see
 * `sortedIndex`): each set's start is found by binary search after the cursor's row, then the
 * sets are merged in order until the page is full. With no filter and no free text a page costs
 * about `limit · log(sets)` steps whatever the fleet's size; with them, about `limit / share`
 * where `share` is the part of the rows they let through — and never more than one pass over the
 * fleet (`WALK_BUDGET`). Same rows, order and cursors as `pageInstances`.
 *
 * @example
 * pageSortedRuns(chunks.map((chunk) => chunk.index), query, instanceFilter(filters));
 */
export function pageSortedRuns(
  indexes: readonly SortedIndex[],
  query: ListInstancesQuery,
  filter?: (instance: Instance) => boolean,
): Pick<InstancePage, 'items' | 'nextCursor'> {
  const { sort } = query;
  const after = query.cursor ? decodeCursor(query.cursor, query).after : undefined;
  const text = freeTextMatcher(query.q);
  const keep = (instance: Instance): boolean => (!filter || filter(instance)) && text(instance);
  const need = query.limit + 1;
  const less = (a: RunHead, b: RunHead): boolean => compareOrderKeys(a.key, b.key, sort) < 0;
  const heap: RunHead[] = [];
  for (const index of indexes) {
    const run = index.sortedBy(sort);
    const at = firstAfter(run, sort, after);
    const first = run[at];
    if (first) heap.push({ run, at, key: orderKeyOf(first, sort) });
  }
  for (let i = (heap.length >>> 1) - 1; i >= 0; i -= 1) siftDown(heap, i, less);
  const rows: RankedRow[] = [];
  let walked = 0;
  let last: OrderKey | undefined = after;
  while (rows.length < need && heap.length > 0) {
    if (walked === WALK_BUDGET) {
      // Few rows pass: testing them first spares the order keys of all the others.
      const rest = indexes.flatMap((index) => index.instances.filter(keep));
      rows.push(...topRows(rest, sort, last, () => true, need - rows.length));
      break;
    }
    const head = heap[0] as RunHead;
    const instance = head.run[head.at] as Instance;
    walked += 1;
    last = head.key;
    if (keep(instance)) rows.push({ key: head.key, instance });
    head.at += 1;
    const next = head.run[head.at];
    if (next) head.key = orderKeyOf(next, sort);
    else heap[0] = heap[heap.length - 1] as RunHead;
    if (!next) heap.pop();
    siftDown(heap, 0, less);
  }
  return pageOfRows(rows, query);
}
