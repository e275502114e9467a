import { retainedSince } from './period-rules';

/** Consecutive periods: period k is [startMs + k·periodMs, startMs + (k+1)·periodMs). */
export interface BucketGrid {
  readonly startMs: number;
  readonly periodMs: number;
  readonly length: number;
}

/** Data is accepted up to two hours ahead (PutMetricData), so no bucket beyond that can hold any. */
const furthestAheadMs = 2 * 3_600_000;

/**
 * The periods of [roundedStartMs, endMs) that can hold data at this period: from the first one
 * still retained at this granularity to the last one that is not in the future. Keeps the grid's
 * alignment on the rounded StartTime, and keeps a one-second period over a year from allocating
 * thirty million buckets that could never be filled.
 */
export function retainedGrid(
  roundedStartMs: number,
  endMs: number,
  periodSeconds: number,
  nowMs: number,
): BucketGrid {
  const periodMs = periodSeconds * 1000;
  const skipped = Math.max(
    0,
    Math.ceil((retainedSince(periodSeconds, nowMs) - roundedStartMs) / periodMs),
  );
  const startMs = roundedStartMs + skipped * periodMs;
  const lastMs = Math.min(endMs, nowMs + furthestAheadMs);
  return { startMs, periodMs, length: Math.max(0, Math.ceil((lastMs - startMs) / periodMs)) };
}
