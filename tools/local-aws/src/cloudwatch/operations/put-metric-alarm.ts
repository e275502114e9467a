import { invalidParameterCombination, invalidParameterValue, missingParameter } from '../errors';
import type { MetricAlarm, PutMetricAlarmInput } from '../model/types';
import type { OperationContext } from './context';

/** The comparison operators PutMetricAlarm accepts. */
export const comparisonOperators: readonly string[] = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
];

/** PutMetricAlarm's limits: members of a metric-math alarm, and the alarm name's length. */
export const putMetricAlarmLimits = { metrics: 10, nameLength: 255 } as const;

const ACCOUNT = '123456789012';

function required<T>(value: T | undefined, parameter: string): T {
  if (value === undefined || value === '') throw missingParameter(parameter);
  return value;
}

/** A single-metric alarm names its metric; a metric-math alarm names its members: one or the other. */
function checkMetricSource(input: PutMetricAlarmInput): void {
  const single = input.MetricName !== undefined;
  const math = input.Metrics !== undefined && input.Metrics.length > 0;
  if (single === math)
    throw invalidParameterCombination(
      'Exactly one of MetricName and Metrics must be specified for an alarm.',
    );
  if (single) {
    required(input.Namespace, 'Namespace');
    required(input.Period, 'Period');
    if ((input.Statistic === undefined) === (input.ExtendedStatistic === undefined))
      throw invalidParameterCombination(
        'Exactly one of Statistic and ExtendedStatistic must be specified.',
      );
    const period = input.Period ?? 0;
    if (!(period === 10 || period === 20 || period === 30 || (period > 0 && period % 60 === 0)))
      throw invalidParameterValue('Period must be 10, 20, 30 or a multiple of 60.');
    return;
  }
  const metrics = input.Metrics ?? [];
  if (metrics.length > putMetricAlarmLimits.metrics)
    throw invalidParameterValue(
      `The collection Metrics must not have a size greater than ${putMetricAlarmLimits.metrics}.`,
    );
  if (metrics.filter((query) => query.ReturnData !== false).length !== 1)
    throw invalidParameterValue('Exactly one element of the metrics list should return data.');
}

/**
 * `PutMetricAlarm`: creates the alarm, or replaces the definition of one of that name. A new alarm
 * starts in `INSUFFICIENT_DATA`, as on AWS; with no evaluation engine here, it stays there, and an
 * updated alarm keeps its state.
 */
export function putMetricAlarm(context: OperationContext, input: PutMetricAlarmInput): object {
  const name = required(input.AlarmName, 'AlarmName');
  if (name.length > putMetricAlarmLimits.nameLength)
    throw invalidParameterValue(
      `The parameter AlarmName must be at most ${putMetricAlarmLimits.nameLength} characters long.`,
    );
  const evaluationPeriods = required(input.EvaluationPeriods, 'EvaluationPeriods');
  if (evaluationPeriods < 1)
    throw invalidParameterValue('The parameter EvaluationPeriods must be at least 1.');
  const operator = required(input.ComparisonOperator, 'ComparisonOperator');
  if (!comparisonOperators.includes(operator))
    throw invalidParameterValue(
      `The value ${operator} for parameter ComparisonOperator is invalid.`,
    );
  if (input.Threshold === undefined && input.ThresholdMetricId === undefined)
    throw missingParameter('Threshold');
  checkMetricSource(input);
  const previous = context.alarms.get(context.region, name);
  const { Tags: _tags, ...definition } = input;
  const alarm: MetricAlarm = {
    ...definition,
    AlarmName: name,
    AlarmArn: `arn:aws:cloudwatch:${context.region}:${ACCOUNT}:alarm:${name}`,
    AlarmConfigurationUpdatedTimestamp: context.nowMs,
    ActionsEnabled: input.ActionsEnabled ?? true,
    OKActions: input.OKActions ?? [],
    AlarmActions: input.AlarmActions ?? [],
    InsufficientDataActions: input.InsufficientDataActions ?? [],
    Dimensions: input.Dimensions ?? [],
    EvaluationPeriods: evaluationPeriods,
    ComparisonOperator: operator,
    StateValue: previous?.StateValue ?? 'INSUFFICIENT_DATA',
    StateReason: previous?.StateReason ?? 'Unchecked: Initial alarm creation',
    StateUpdatedTimestamp: previous?.StateUpdatedTimestamp ?? context.nowMs,
    StateTransitionedTimestamp: previous?.StateTransitionedTimestamp ?? context.nowMs,
  };
  context.alarms.put(context.region, alarm);
  return {};
}
