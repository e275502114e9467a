import type { MetricRange } from '@fleet/contract';
import { RANGE_SECONDS } from './metric-ranges';
import { SAMPLE_SECONDS, type MonitoringKind } from './monitoring';
import { finestRetainedPeriod } from './retention';

/** The most points one series of a chart holds; beyond that a chart shows no more detail. */
export const MAX_POINTS_PER_SERIES = 1000;

// Periods a person reads at a glance (1, 2, 5, 10, 15, 30 minutes, 1, 2, 3, 6, 12, 24 hours),
// all multiples of 60 s as CloudWatch requires of standard-resolution periods.
const PERIOD_LADDER = [
  60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
] as const;

/**
 * The finest readable period for a range that (a) is a multiple of the instance's sample period,
 * so no bucket is empty while the instance runs, (b) CloudWatch still retains for the start of the
 * range (which alignment moves back by less than one period), and (c) keeps a series at or under
 * {@link MAX_POINTS_PER_SERIES} points.
 *
 * @example
 * choosePeriod('1d', 'detailed'); // 120
 * choosePeriod('1h', 'basic'); // 300
 */
export function choosePeriod(range: MetricRange, monitoring: MonitoringKind): number {
  const seconds = RANGE_SECONDS[range];
  const sample = SAMPLE_SECONDS[monitoring];
  const period = PERIOD_LADDER.find(
    (candidate) =>
      candidate % sample === 0 &&
      candidate % finestRetainedPeriod(seconds + candidate) === 0 &&
      Math.ceil(seconds / candidate) <= MAX_POINTS_PER_SERIES,
  );
  if (period === undefined) throw new RangeError(`no period fits the range ${range}`);
  return period;
}
