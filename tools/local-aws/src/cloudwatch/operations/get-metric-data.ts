import { validationError } from '../errors';
import { labelOf } from '../labels';
import type { GetMetricDataInput, GetMetricDataOutput, MetricDataResult } from '../model/types';
import { decodeNextToken, encodeNextToken, fingerprint } from '../next-token';
import { isGranularityRetained, roundStartTime } from '../period-rules';
import { retainedGrid } from '../bucket-grid';
import { readMetric } from '../read-metric';
import { statisticOf } from '../statistics';
import type { CheckedQuery } from './check-metric-data-queries';
import { checkMetricDataQueries } from './check-metric-data-queries';
import type { OperationContext } from './context';
import { checkTimeRange } from './time-range';

/** The most datapoints one GetMetricData page carries; beyond it the answer is paged. */
export const maxDatapointsPerCall = 100_800;

type ScanBy = 'TimestampDescending' | 'TimestampAscending';

/** One query's datapoints in answer order: parallel arrays, cheap to slice per page. */
interface Series {
  readonly query: CheckedQuery;
  readonly timestamps: number[];
  readonly values: number[];
}

function seriesOf(
  context: OperationContext,
  query: CheckedQuery,
  startMs: number,
  endMs: number,
  nowMs: number,
  scanBy: ScanBy,
): Series {
  const grid = retainedGrid(
    roundStartTime(startMs, nowMs, query.period),
    endMs,
    query.period,
    nowMs,
  );
  const withValues = query.statistic.kind === 'percentile';
  const { buckets } = readMetric(
    context.sources,
    context.region,
    query.metric,
    query.stat.Unit,
    grid,
    nowMs,
    withValues,
  );
  const timestamps: number[] = [];
  const values: number[] = [];
  for (let index = 0; index < grid.length; index += 1) {
    const bucketStart = grid.startMs + index * grid.periodMs;
    if (buckets.count[index] === 0 || !isGranularityRetained(bucketStart, query.period, nowMs))
      continue;
    const value = statisticOf(buckets, index, query.statistic);
    if (value === undefined) continue;
    timestamps.push(bucketStart);
    values.push(value);
  }
  if (scanBy === 'TimestampDescending') {
    timestamps.reverse();
    values.reverse();
  }
  return { query, timestamps, values };
}

function checkScanBy(scanBy: string | undefined): ScanBy {
  if (scanBy === undefined || scanBy === 'TimestampDescending' || scanBy === 'TimestampAscending') {
    return scanBy ?? 'TimestampDescending';
  }
  throw validationError(
    `1 validation error detected: Value '${scanBy}' at 'scanBy' failed to satisfy constraint: ` +
      'Member must satisfy enum value set: [TimestampDescending, TimestampAscending]',
  );
}

function pageSizeOf(maxDatapoints: number | undefined): number {
  if (maxDatapoints === undefined) return maxDatapointsPerCall;
  if (!Number.isInteger(maxDatapoints) || maxDatapoints < 1) {
    throw validationError(
      `The value ${maxDatapoints} for parameter MaxDatapoints must be a positive integer.`,
    );
  }
  return Math.min(maxDatapoints, maxDatapointsPerCall);
}

/**
 * GetMetricData over MetricStat queries. Datapoints of all queries are laid end to end in query
 * order and cut into pages of MaxDatapoints (at most 100,800); a query whose datapoints run past
 * the page reports `PartialData` and the answer carries a NextToken. Every page lists every query.
 */
export function getMetricData(
  context: OperationContext,
  input: GetMetricDataInput,
): GetMetricDataOutput {
  const queries = checkMetricDataQueries(input.MetricDataQueries);
  const { startMs, endMs } = checkTimeRange(input.StartTime, input.EndTime, validationError);
  const scanBy = checkScanBy(input.ScanBy);
  const pageSize = pageSizeOf(input.MaxDatapoints);
  const print = fingerprint('GetMetricData', input);
  const cursor = input.NextToken
    ? decodeNextToken(input.NextToken, print)
    : { offset: 0, nowMs: context.nowMs };

  const results: MetricDataResult[] = [];
  const pageEnd = cursor.offset + pageSize;
  let position = 0;
  for (const query of queries) {
    if (!query.returnData) continue;
    const series = seriesOf(context, query, startMs, endMs, cursor.nowMs, scanBy);
    const from = Math.min(Math.max(cursor.offset - position, 0), series.timestamps.length);
    const to = Math.min(Math.max(pageEnd - position, 0), series.timestamps.length);
    position += series.timestamps.length;
    results.push({
      Id: query.id,
      Label: labelOf(query.label, query.stat),
      Timestamps: series.timestamps.slice(from, to),
      Values: series.values.slice(from, to),
      StatusCode: to < series.timestamps.length ? 'PartialData' : 'Complete',
    });
  }
  const NextToken =
    pageEnd < position
      ? encodeNextToken(print, { offset: pageEnd, nowMs: cursor.nowMs })
      : undefined;
  return { MetricDataResults: results, Messages: [], ...(NextToken ? { NextToken } : {}) };
}
