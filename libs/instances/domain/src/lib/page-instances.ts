import type { Instance, InstancePage, ListInstancesQuery } from '@fleet/contract';
import { matchesFreeText } from './free-text';
import { decodeCursor, encodeCursor, queryFingerprint } from './instance-cursor';
import { compareOrderKeys, orderKeyOf, type OrderKey } from './instance-order';

interface Ranked {
  readonly key: OrderKey;
  readonly instance: Instance;
}

/**
 * One page of the list, from every instance that EC2's own filters let through: free text is
 * applied, the rows are put in the list's total order, and the page starts right after the
 * cursor's row. Because the cursor is a position in a total order (not an offset), no row is lost
 * or repeated across pages however the filters combine.
 *
 * Only the page (plus one row, to know whether another page follows) is kept in order while the
 * rows stream past, so a page of 50 out of 100,000 rows costs one pass, not a sort of the fleet.
 *
 * @example
 * const page = pageInstances(instancesOfEveryRegion, query);
 */
export function pageInstances(
  instances: readonly Instance[],
  query: ListInstancesQuery,
): Pick<InstancePage, 'items' | 'nextCursor'> {
  const after = query.cursor ? decodeCursor(query.cursor, query).after : undefined;
  const keep = query.limit + 1;
  const best: Ranked[] = [];
  const compare = (a: OrderKey, b: OrderKey): number => compareOrderKeys(a, b, query.sort);
  for (const instance of instances) {
    if (!matchesFreeText(instance, query.q)) continue;
    const key = orderKeyOf(instance, query.sort);
    if (after && compare(key, after) <= 0) continue;
    const worst = best[best.length - 1];
    if (best.length === keep && worst && compare(key, worst.key) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare((best[middle] as Ranked).key, key) < 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, { key, instance });
    if (best.length > keep) best.pop();
  }
  const items = best.slice(0, query.limit).map((row) => row.instance);
  const last = best[query.limit - 1];
  const nextCursor =
    best.length > query.limit && last
      ? encodeCursor({ after: last.key, query: queryFingerprint(query) })
      : null;
  return { items, nextCursor };
}
