import type { CloudWatchError } from '../errors';
import { missingParameter } from '../errors';

/** A checked [StartTime, EndTime) in ms. */
export interface TimeRange {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Checks StartTime and EndTime as CloudWatch does; GetMetricData reports problems as
 * ValidationError, GetMetricStatistics as InvalidParameterValue, hence the error factory.
 */
export function checkTimeRange(
  start: Date | undefined,
  end: Date | undefined,
  invalid: (message: string) => CloudWatchError,
): TimeRange {
  if (!start) throw missingParameter('StartTime');
  if (!end) throw missingParameter('EndTime');
  const startMs = start.getTime();
  const endMs = end.getTime();
  if (Number.isNaN(startMs))
    throw invalid('The parameter StartTime must be a valid ISO 8601 timestamp.');
  if (Number.isNaN(endMs))
    throw invalid('The parameter EndTime must be a valid ISO 8601 timestamp.');
  if (startMs === endMs) throw invalid('The parameter StartTime must not equal parameter EndTime.');
  if (startMs > endMs)
    throw invalid('The parameter StartTime must be less than the parameter EndTime.');
  return { startMs, endMs };
}
