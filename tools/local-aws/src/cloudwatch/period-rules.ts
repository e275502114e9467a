/**
 * CloudWatch's period and retention rules, as the API reference states them for MetricStat and
 * GetMetricData: which periods exist, how StartTime is rounded, and which granularity survives
 * at which age (high resolution 3 h, 1 minute 15 days, 5 minutes 63 days, 1 hour 455 days).
 */

export const secondMs = 1000;
export const minuteMs = 60 * secondMs;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

/** Sub-minute periods, only meaningful for high-resolution metrics. */
export const highResolutionPeriods: readonly number[] = [1, 5, 10, 20, 30];

/** How long data lives at each granularity, oldest tier last. */
export const retention = {
  highResolution: 3 * hourMs,
  oneMinute: 15 * dayMs,
  fiveMinutes: 63 * dayMs,
  oneHour: 455 * dayMs,
} as const;

/** `true` for 1, 5, 10, 20, 30 or a positive multiple of 60 seconds. */
export function isValidPeriod(period: number): boolean {
  if (!Number.isInteger(period) || period < 1) return false;
  return highResolutionPeriods.includes(period) || period % 60 === 0;
}

/**
 * Rounds StartTime down as CloudWatch does: to the period's division of a minute for sub-minute
 * periods, else by age — the minute (< 15 days), 5 minutes (< 63 days), the hour (older).
 * Datapoints are then aligned on the rounded start, not on the wall clock.
 */
export function roundStartTime(startMs: number, nowMs: number, periodSeconds: number): number {
  const age = nowMs - startMs;
  let unit: number;
  if (periodSeconds < 60) unit = periodSeconds * secondMs;
  else if (age < retention.oneMinute) unit = minuteMs;
  else if (age < retention.fiveMinutes) unit = 5 * minuteMs;
  else unit = hourMs;
  return Math.floor(startMs / unit) * unit;
}

/**
 * Whether a datapoint starting at `bucketStartMs` is still kept at `periodSeconds`: older data only
 * survives in coarser rollups, so a too fine period simply gets no datapoints there (no error).
 */
export function isGranularityRetained(
  bucketStartMs: number,
  periodSeconds: number,
  nowMs: number,
): boolean {
  const age = nowMs - bucketStartMs;
  if (age > retention.oneHour) return false;
  if (age > retention.fiveMinutes) return periodSeconds % 3600 === 0;
  if (age > retention.oneMinute) return periodSeconds % 300 === 0;
  if (age > retention.highResolution) return periodSeconds % 60 === 0;
  return true;
}

/** The oldest bucket start still retained at `periodSeconds`: the inverse of {@link isGranularityRetained}. */
export function retainedSince(periodSeconds: number, nowMs: number): number {
  if (periodSeconds % 3600 === 0) return nowMs - retention.oneHour;
  if (periodSeconds % 300 === 0) return nowMs - retention.fiveMinutes;
  if (periodSeconds % 60 === 0) return nowMs - retention.oneMinute;
  return nowMs - retention.highResolution;
}
