import type { MetricPoints } from '@fleet/contract';
import { pointCount, type TimeWindow } from '@fleet/metrics-domain';

/**
 * Lays datapoints onto the window's regular axis: each lands in the period that holds its
 * timestamp; a period without a datapoint stays `null` (CloudWatch omits empty periods, and a
 * stopped instance publishes nothing — a zero there would be a lie). Datapoints outside the
 * window are dropped.
 *
 * @example
 * alignSeries({ start: 0, end: 180_000, period: 60 }, [new Date(120_000)], [42]); // [null, null, 42]
 */
export function alignSeries(
  window: TimeWindow,
  timestamps: readonly Date[],
  values: readonly number[],
): MetricPoints {
  const points: MetricPoints = new Array<number | null>(pointCount(window)).fill(null);
  const step = window.period * 1000;
  timestamps.forEach((timestamp, i) => {
    const index = Math.floor((timestamp.getTime() - window.start) / step);
    const value = values[i];
    if (index >= 0 && index < points.length && value !== undefined) points[index] = value;
  });
  return points;
}
