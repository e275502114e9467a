import type { MetricRange } from '@fleet/contract';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How many seconds each range of the charts covers. */
export const RANGE_SECONDS: Readonly<Record<MetricRange, number>> = {
  '1h': HOUR,
  '3h': 3 * HOUR,
  '12h': 12 * HOUR,
  '1d': DAY,
  '3d': 3 * DAY,
  '1w': 7 * DAY,
  '2w': 14 * DAY,
};

/**
 * The seconds a range covers.
 *
 * @example
 * rangeSeconds('1d'); // 86400
 */
export function rangeSeconds(range: MetricRange): number {
  return RANGE_SECONDS[range];
}
