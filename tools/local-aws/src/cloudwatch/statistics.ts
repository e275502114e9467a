/**
 * Statistics over the raw samples of one period: the accumulator every reader fills, and the
 * functions that turn it into Average/Sum/Minimum/Maximum/SampleCount or a percentile (pNN.NN).
 * Every statistic comes from the same sums, so Sum = Average × SampleCount always holds.
 */

export type BasicStatistic = 'Average' | 'Sum' | 'Minimum' | 'Maximum' | 'SampleCount';

export const basicStatistics: readonly BasicStatistic[] = [
  'SampleCount',
  'Average',
  'Sum',
  'Minimum',
  'Maximum',
];

export type Statistic =
  | { readonly kind: 'basic'; readonly name: BasicStatistic }
  | { readonly kind: 'percentile'; readonly name: string; readonly p: number };

const percentilePattern = /^p(\d{1,2}(\.\d{1,2})?|100(\.0{1,2})?)$/;

/** Parses a statistic name, `undefined` when CloudWatch would not know it. */
export function parseStatistic(name: string): Statistic | undefined {
  if ((basicStatistics as readonly string[]).includes(name))
    return { kind: 'basic', name: name as BasicStatistic };
  if (percentilePattern.test(name)) return { kind: 'percentile', name, p: Number(name.slice(1)) };
  return undefined;
}

/** Per-period sums over a grid of `length` periods; `values` holds `[value, weight, …]` pairs when percentiles are wanted. */
export interface Buckets {
  readonly length: number;
  readonly count: number[];
  readonly sum: number[];
  readonly min: number[];
  readonly max: number[];
  readonly values: number[][] | undefined;
}

/**
 * Empty buckets; `withValues` keeps individual samples for percentiles. Plain arrays rather than
 * typed arrays: a 500-query call builds 2,000 small ones, and off-heap typed-array buffers cost
 * more to allocate and collect than the sums they hold.
 */
export function createBuckets(length: number, withValues: boolean): Buckets {
  return {
    length,
    count: new Array<number>(length).fill(0),
    sum: new Array<number>(length).fill(0),
    min: new Array<number>(length).fill(Infinity),
    max: new Array<number>(length).fill(-Infinity),
    values: withValues ? Array.from({ length }, () => []) : undefined,
  };
}

/** Adds one raw sample. */
export function addSample(buckets: Buckets, index: number, value: number): void {
  addStatisticSet(buckets, index, { count: 1, sum: value, min: value, max: value });
}

/**
 * Adds a statistic set (PutMetricData's StatisticValues, or Values with Counts). Percentiles use
 * the individual `[value, count, …]` pairs when known; a bare statistic set only counts for them
 * when it is one value repeated (`min === max`), as on AWS.
 */
export function addStatisticSet(
  buckets: Buckets,
  index: number,
  set: {
    readonly count: number;
    readonly sum: number;
    readonly min: number;
    readonly max: number;
    readonly values?: readonly number[] | undefined;
  },
): void {
  buckets.count[index] = (buckets.count[index] ?? 0) + set.count;
  buckets.sum[index] = (buckets.sum[index] ?? 0) + set.sum;
  if (set.min < (buckets.min[index] ?? Infinity)) buckets.min[index] = set.min;
  if (set.max > (buckets.max[index] ?? -Infinity)) buckets.max[index] = set.max;
  const values = buckets.values?.[index];
  if (!values) return;
  if (set.values) values.push(...set.values);
  else if (set.min === set.max) values.push(set.min, set.count);
}

/** Nearest rank over `[value, weight, …]` pairs: the smallest value with at least p % of the weight at or below it. */
function percentile(pairs: readonly number[], p: number): number | undefined {
  const items: Array<readonly [number, number]> = [];
  let total = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const value = pairs[i] ?? 0;
    const weight = pairs[i + 1] ?? 0;
    items.push([value, weight]);
    total += weight;
  }
  if (items.length === 0) return undefined;
  items.sort((a, b) => a[0] - b[0]);
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [value, weight] of items) {
    seen += weight;
    if (seen >= rank) return value;
  }
  return items.at(-1)?.[0];
}

/** The statistic of one bucket, `undefined` when the bucket has no samples. */
export function statisticOf(
  buckets: Buckets,
  index: number,
  statistic: Statistic,
): number | undefined {
  const count = buckets.count[index] ?? 0;
  if (count === 0) return undefined;
  if (statistic.kind === 'percentile') {
    return percentile(buckets.values?.[index] ?? [], statistic.p);
  }
  switch (statistic.name) {
    case 'SampleCount':
      return count;
    case 'Sum':
      return buckets.sum[index];
    case 'Average':
      return (buckets.sum[index] ?? 0) / count;
    case 'Minimum':
      return buckets.min[index];
    case 'Maximum':
      return buckets.max[index];
  }
}
