// One definition of the figures the benches print, so a "p50" means the same in every table.

const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/**
 * The nearest-rank percentile: the smallest sample that at least `fraction` of the samples are
 * no greater than. Always a sample that was measured, never an interpolation between two; NaN
 * when there are none. The samples may come in any order.
 *
 * @example
 * percentile([12, 9, 10, 11], 0.5); // 10
 * percentile(latencies, 0.95);
 */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return NaN;
  const rank = Math.min(values.length, Math.max(1, Math.ceil(fraction * values.length)));
  return ascending(values)[rank - 1] ?? NaN;
}

/**
 * The median: the middle sample, or the mean of the two middle ones for an even count; NaN when
 * there are none. For a summary of a few figures (runs, rounds, pairs), where picking one of the
 * two middle ones would lean either way.
 *
 * @example
 * median([1.07, 1.18, 1.09, 1.14]); // 1.115
 */
export function median(values: readonly number[]): number {
  const sorted = ascending(values);
  const upper = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[upper] ?? NaN;
  return ((sorted[upper - 1] ?? NaN) + (sorted[upper] ?? NaN)) / 2;
}
