/** GetMetricData's per-call limits (CloudWatch API reference, "GetMetricData"). */
export interface GetMetricDataLimits {
  readonly maxQueries: number;
  readonly maxDatapoints: number;
}

/** 500 queries and 100,800 datapoints per call; more datapoints are paged with `NextToken`. */
export const GET_METRIC_DATA_LIMITS: GetMetricDataLimits = {
  maxQueries: 500,
  maxDatapoints: 100_800,
};

/**
 * How many queries of `pointsPerQuery` points one call can carry without CloudWatch paging the
 * answer (paging would cost a call per page anyway). At least one: a single query larger than a
 * page is paged whatever we do.
 *
 * @example
 * queriesPerCall(96); // 500 (the query limit binds)
 * queriesPerCall(1440); // 70 (the datapoint limit binds)
 */
export function queriesPerCall(
  pointsPerQuery: number,
  limits: GetMetricDataLimits = GET_METRIC_DATA_LIMITS,
): number {
  const byDatapoints = Math.floor(limits.maxDatapoints / Math.max(1, pointsPerQuery));
  return Math.max(1, Math.min(limits.maxQueries, byDatapoints));
}

/**
 * Splits items into the fewest batches of at most `maxPerBatch`, as even as possible (so batches
 * sent in parallel take about as long as each other).
 *
 * @example
 * splitEvenly([...Array(1200).keys()], 500).map((batch) => batch.length); // [400, 400, 400]
 */
export function splitEvenly<T>(items: readonly T[], maxPerBatch: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / Math.max(1, maxPerBatch));
  const base = Math.floor(items.length / count);
  const larger = items.length % count;
  const batches: T[][] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const size = base + (i < larger ? 1 : 0);
    batches.push(items.slice(from, from + size));
    from += size;
  }
  return batches;
}

/**
 * The fewest GetMetricData calls that read `queries` queries of `pointsPerQuery` points each.
 *
 * @example
 * callsNeeded(1200, 96); // 3
 */
export function callsNeeded(
  queries: number,
  pointsPerQuery: number,
  limits = GET_METRIC_DATA_LIMITS,
): number {
  return Math.ceil(queries / queriesPerCall(pointsPerQuery, limits));
}
