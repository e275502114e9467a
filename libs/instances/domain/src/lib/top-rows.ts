import type { Instance, InstancePage, InstanceSort, ListInstancesQuery } from '@fleet/contract';
import { encodeCursor, queryFingerprint } from './instance-cursor';
import { compareOrderKeys, orderKeyOf, type OrderKey } from './instance-order';

/** A row with its position in the list's total order. */
export interface RankedRow {
  readonly key: OrderKey;
  readonly instance: Instance;
}

/**
 * The first `need` rows, in the list's order, that come after `after` and that `keep` lets
 * through. One pass over `instances` in any order: only the rows found so far (at most `need`)
 * are kept sorted, so `need` rows out of 100,000 cost one pass, not a sort of them all.
 *
 * @example
 * topRows(instances, 'name', undefined, () => true, 51); // the first page of 50, plus one
 */
export function topRows(
  instances: Iterable<Instance>,
  sort: InstanceSort,
  after: OrderKey | undefined,
  keep: (instance: Instance) => boolean,
  need: number,
): RankedRow[] {
  const best: RankedRow[] = [];
  if (need <= 0) return best;
  const compare = (a: OrderKey, b: OrderKey): number => compareOrderKeys(a, b, sort);
  for (const instance of instances) {
    const key = orderKeyOf(instance, sort);
    if (after && compare(key, after) <= 0) continue;
    const worst = best[best.length - 1];
    if (best.length === need && worst && compare(key, worst.key) >= 0) continue;
    if (!keep(instance)) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare((best[middle] as RankedRow).key, key) < 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, { key, instance });
    if (best.length > need) best.pop();
  }
  return best;
}

/**
 * The page a query asked for, from its first `limit + 1` rows in order: the extra row only says
 * that another page follows, and the cursor points at the last row sent.
 *
 * @example
 * pageOfRows(topRows(instances, query.sort, undefined, () => true, query.limit + 1), query);
 */
export function pageOfRows(
  rows: readonly RankedRow[],
  query: ListInstancesQuery,
): Pick<InstancePage, 'items' | 'nextCursor'> {
  const items = rows.slice(0, query.limit).map((row) => row.instance);
  const last = rows[query.limit - 1];
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ after: last.key, query: queryFingerprint(query) })
      : null;
  return { items, nextCursor };
}
