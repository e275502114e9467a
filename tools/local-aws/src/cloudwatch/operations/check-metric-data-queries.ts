import { missingParameter, validationError } from '../errors';
import type { Metric, MetricDataQuery, MetricStat } from '../model/types';
import { isValidPeriod } from '../period-rules';
import type { Statistic } from '../statistics';
import { parseStatistic } from '../statistics';

/** GetMetricData's limit on queries per call. */
export const maxMetricDataQueries = 500;

const idPattern = /^[a-z][a-zA-Z0-9_]*$/;

/** A query that passed validation: a MetricStat with a known statistic and a valid period. */
export interface CheckedQuery {
  readonly id: string;
  readonly label: string | undefined;
  readonly stat: MetricStat;
  readonly metric: Metric;
  readonly statistic: Statistic;
  readonly period: number;
  readonly returnData: boolean;
}

function checkMetricStat(query: MetricDataQuery, stat: MetricStat, at: string): CheckedQuery {
  const metric = stat.Metric;
  if (!metric) throw missingParameter(`${at}.MetricStat.Metric`);
  if (!metric.Namespace) throw missingParameter(`${at}.MetricStat.Metric.Namespace`);
  if (!metric.MetricName) throw missingParameter(`${at}.MetricStat.Metric.MetricName`);
  if (stat.Period === undefined) throw missingParameter(`${at}.MetricStat.Period`);
  if (!isValidPeriod(stat.Period)) {
    throw validationError(
      `The value ${stat.Period} for parameter ${at}.MetricStat.Period is not valid: use 1, 5, 10, 20, 30 or a multiple of 60.`,
    );
  }
  if (!stat.Stat) throw missingParameter(`${at}.MetricStat.Stat`);
  const statistic = parseStatistic(stat.Stat);
  if (!statistic)
    throw validationError(
      `The value ${stat.Stat} for parameter ${at}.MetricStat.Stat is not a valid statistic.`,
    );
  return {
    id: query.Id ?? '',
    label: query.Label,
    stat,
    metric,
    statistic,
    period: stat.Period,
    returnData: query.ReturnData !== false,
  };
}

/**
 * Validates GetMetricData's queries as AWS does: at most 500, Ids matching `^[a-z][a-zA-Z0-9_]*$`
 * (every offender listed in one message) and unique, exactly one of MetricStat and Expression.
 * Metric math and Metrics Insights are not emulated: an Expression is refused with a clear message.
 */
export function checkMetricDataQueries(
  queries: readonly MetricDataQuery[] | undefined,
): CheckedQuery[] {
  if (!queries || queries.length === 0) throw missingParameter('MetricDataQueries');
  if (queries.length > maxMetricDataQueries) {
    throw validationError(
      `The collection MetricDataQueries must not have a size greater than ${maxMetricDataQueries}.`,
    );
  }
  const badIds: string[] = [];
  queries.forEach((query, index) => {
    if (query.Id === undefined) throw missingParameter(`MetricDataQueries.member.${index + 1}.Id`);
    if (!idPattern.test(query.Id)) {
      badIds.push(
        `The value ${query.Id} for parameter MetricDataQueries.member.${index + 1}.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.`,
      );
    }
  });
  if (badIds.length > 0) throw validationError(badIds.join('\n'));
  if (new Set(queries.map((query) => query.Id)).size !== queries.length) {
    throw validationError('The values for parameter id in MetricDataQueries are not unique.');
  }
  return queries.map((query, index) => {
    const at = `MetricDataQueries.member.${index + 1}`;
    if ((query.MetricStat === undefined) === (query.Expression === undefined)) {
      throw validationError(`Exactly one of MetricStat and Expression must be specified in ${at}.`);
    }
    if (query.MetricStat === undefined) {
      throw validationError(
        `The local CloudWatch emulator does not evaluate metric math or Metrics Insights (${at}.Expression): use MetricStat queries.`,
      );
    }
    return checkMetricStat(query, query.MetricStat, at);
  });
}
