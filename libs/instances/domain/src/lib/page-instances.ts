import type { Instance, InstancePage, ListInstancesQuery } from '@fleet/contract';
import { matchesFreeText } from './free-text';
import { decodeCursor, encodeCursor, queryFingerprint } from './instance-cursor';
import { compareInstances, compareOrderKeys, orderKeyOf } from './instance-order';

/**
 * One page of the list, from every instance that EC2's own filters let through: free text is
 * applied, the rows are put in the list's total order, and the page starts right after the
 * cursor's row. Because the cursor is a position in a total order (not an offset), no row is lost
 * or repeated across pages however the filters combine.
 *
 * @example
 * const page = pageInstances(instancesOfEveryRegion, query);
 */
export function pageInstances(
  instances: readonly Instance[],
  query: ListInstancesQuery,
): InstancePage {
  const after = query.cursor ? decodeCursor(query.cursor, query).after : undefined;
  const rows = instances
    .filter((instance) => matchesFreeText(instance, query.q))
    .filter(
      (instance) =>
        !after || compareOrderKeys(orderKeyOf(instance, query.sort), after, query.sort) > 0,
    )
    .sort(compareInstances(query.sort));
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > items.length && last
      ? encodeCursor({ after: orderKeyOf(last, query.sort), query: queryFingerprint(query) })
      : null;
  return { items, nextCursor };
}
