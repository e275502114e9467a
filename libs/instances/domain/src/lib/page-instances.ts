import type { Instance, InstancePage, ListInstancesQuery } from '@fleet/contract';
import { freeTextMatcher } from './free-text';
import { decodeCursor } from './instance-cursor';
import { pageOfRows, topRows } from './top-rows';

/**
 * One page of the list, from every instance that EC2's own filters let through: free text is
 * applied, the rows are put in the list's total order, and the page starts right after the
 * cursor's row. Because the cursor is a position in a total order (not an offset), no row is lost
 * or repeated across pages however the filters combine.
 *
 * Only the page (plus one row, to know whether another page follows) is kept in order while the
 * rows stream past, so a page of 50 out of 100,000 rows costs one pass, not a sort of the fleet.
 * Rows already sorted (the inventory's indexes) are paged without that pass: `pageSortedRuns`.
 *
 * @example
 * const page = pageInstances(instancesOfEveryRegion, query);
 */
export function pageInstances(
  instances: readonly Instance[],
  query: ListInstancesQuery,
): Pick<InstancePage, 'items' | 'nextCursor'> {
  const after = query.cursor ? decodeCursor(query.cursor, query).after : undefined;
  return pageOfRows(
    topRows(instances, query.sort, after, freeTextMatcher(query.q), query.limit + 1),
    query,
  );
}
