import { invalidParameterCombination, invalidParameterValue, missingParameter } from '../errors';
import type {
  Datapoint,
  GetMetricStatisticsInput,
  GetMetricStatisticsOutput,
} from '../model/types';
import { isGranularityRetained, isValidPeriod, roundStartTime } from '../period-rules';
import { retainedGrid } from '../bucket-grid';
import { readMetric } from '../read-metric';
import type { Statistic } from '../statistics';
import { basicStatistics, parseStatistic, statisticOf } from '../statistics';
import type { OperationContext } from './context';
import { checkTimeRange } from './time-range';

/** GetMetricStatistics returns at most this many datapoints; more is an error, not a page. */
export const maxStatisticsDatapoints = 1440;

function checkStatistics(input: GetMetricStatisticsInput): {
  basic: Statistic[];
  extended: Statistic[];
} {
  const statistics = input.Statistics ?? [];
  const extendedStatistics = input.ExtendedStatistics ?? [];
  if ((statistics.length === 0) === (extendedStatistics.length === 0)) {
    throw invalidParameterCombination(
      'Must specify either Statistics or ExtendedStatistics, but not both.',
    );
  }
  if (statistics.length > 5)
    throw invalidParameterValue('The collection Statistics must not have a size greater than 5.');
  if (extendedStatistics.length > 10) {
    throw invalidParameterValue(
      'The collection ExtendedStatistics must not have a size greater than 10.',
    );
  }
  const basic = statistics.map((name, index) => {
    const statistic = parseStatistic(name);
    if (statistic?.kind !== 'basic') {
      throw invalidParameterValue(
        `The parameter Statistics.member.${index + 1} must be a value in the set [ ${basicStatistics.join(', ')} ].`,
      );
    }
    return statistic;
  });
  const extended = extendedStatistics.map((name, index) => {
    const statistic = parseStatistic(name);
    if (statistic?.kind !== 'percentile') {
      throw invalidParameterValue(
        `The value ${name} for parameter ExtendedStatistics.member.${index + 1} is not a valid percentile (p0.0 to p100).`,
      );
    }
    return statistic;
  });
  return { basic, extended };
}

/**
 * GetMetricStatistics: one metric, up to 1,440 periods, the requested statistics per period.
 * Datapoints come in ascending time order (AWS promises no order at all).
 */
export function getMetricStatistics(
  context: OperationContext,
  input: GetMetricStatisticsInput,
): GetMetricStatisticsOutput {
  if (!input.Namespace) throw missingParameter('Namespace');
  if (!input.MetricName) throw missingParameter('MetricName');
  const { startMs, endMs } = checkTimeRange(input.StartTime, input.EndTime, invalidParameterValue);
  if (input.Period === undefined) throw missingParameter('Period');
  const period = input.Period;
  if (!isValidPeriod(period)) {
    throw invalidParameterValue(
      'The parameter Period must be 1, 5, 10, 20, 30 or a multiple of 60.',
    );
  }
  const { basic, extended } = checkStatistics(input);
  const roundedStart = roundStartTime(startMs, context.nowMs, period);
  const length = Math.ceil((endMs - roundedStart) / (period * 1000));
  if (length > maxStatisticsDatapoints) {
    throw invalidParameterCombination(
      `You have requested up to ${length} datapoints, which exceeds the limit of ${maxStatisticsDatapoints}. ` +
        'You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    );
  }
  const grid = retainedGrid(roundedStart, endMs, period, context.nowMs);
  const metric = {
    Namespace: input.Namespace,
    MetricName: input.MetricName,
    Dimensions: input.Dimensions ?? [],
  };
  const { buckets, unit } = readMetric(
    context.sources,
    context.region,
    metric,
    input.Unit,
    grid,
    context.nowMs,
    extended.length > 0,
  );
  const datapoints: Datapoint[] = [];
  for (let index = 0; index < grid.length; index += 1) {
    const bucketStart = grid.startMs + index * grid.periodMs;
    if (buckets.count[index] === 0 || !isGranularityRetained(bucketStart, period, context.nowMs))
      continue;
    const datapoint: Record<string, unknown> = { Timestamp: bucketStart, Unit: unit ?? 'None' };
    for (const statistic of basic)
      datapoint[statistic.name] = statisticOf(buckets, index, statistic);
    if (extended.length > 0) {
      const values: Record<string, number> = {};
      for (const statistic of extended) {
        const value = statisticOf(buckets, index, statistic);
        if (value !== undefined) values[statistic.name] = value;
      }
      datapoint['ExtendedStatistics'] = values;
    }
    datapoints.push(datapoint as unknown as Datapoint);
  }
  return { Label: input.MetricName, Datapoints: datapoints };
}
