/** A regular time axis: `start` inclusive, `end` exclusive, both epoch milliseconds; `period` in seconds. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
  readonly period: number;
}

/**
 * The window of `seconds` that ends at the last period boundary before `now`: the current,
 * unfinished period is left out (its value would still change), and boundaries are multiples of
 * the period so CloudWatch's buckets and the axis coincide.
 *
 * @example
 * alignedWindow(Date.parse('2026-01-01T10:07:00Z'), 3600, 300);
 * // { start: 09:05, end: 10:05, period: 300 } → 12 points
 */
export function alignedWindow(now: number, seconds: number, period: number): TimeWindow {
  const step = period * 1000;
  const end = Math.floor(now / step) * step;
  const points = Math.ceil(seconds / period);
  return { start: end - points * step, end, period };
}

/**
 * How many points the window holds.
 *
 * @example
 * pointCount({ start: 0, end: 3_600_000, period: 300 }); // 12
 */
export function pointCount(window: TimeWindow): number {
  return Math.round((window.end - window.start) / (window.period * 1000));
}

/**
 * The ISO 8601 timestamps of the axis, oldest first: one per point, each the start of its period.
 *
 * @example
 * timestampsOf({ start: 0, end: 120_000, period: 60 }); // ['1970-01-01T00:00:00.000Z', '1970-01-01T00:01:00.000Z']
 */
export function timestampsOf(window: TimeWindow): string[] {
  return Array.from({ length: pointCount(window) }, (_, i) =>
    new Date(window.start + i * window.period * 1000).toISOString(),
  );
}
