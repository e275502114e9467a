/**
 * The CloudWatch API shapes this emulator understands, protocol-neutral: member names as in the
 * AWS API reference. Input timestamps are `Date`s; output timestamps are epoch milliseconds,
 * because an answer can carry 100,800 of them and allocating a `Date` each costs more than
 * computing the datapoints. Both wire adapters decode into these and encode from them.
 */

/** Milliseconds since the epoch. */
export type EpochMillis = number;

export interface Dimension {
  readonly Name: string;
  readonly Value: string;
}

export interface DimensionFilter {
  readonly Name: string;
  readonly Value?: string;
}

export interface Metric {
  readonly Namespace?: string;
  readonly MetricName?: string;
  readonly Dimensions?: readonly Dimension[];
}

export interface MetricStat {
  readonly Metric?: Metric;
  readonly Period?: number;
  readonly Stat?: string;
  readonly Unit?: string;
}

export interface MetricDataQuery {
  readonly Id?: string;
  readonly MetricStat?: MetricStat;
  readonly Expression?: string;
  readonly Label?: string;
  readonly ReturnData?: boolean;
  readonly Period?: number;
  readonly AccountId?: string;
}

export interface GetMetricDataInput {
  readonly MetricDataQueries?: readonly MetricDataQuery[];
  readonly StartTime?: Date;
  readonly EndTime?: Date;
  readonly NextToken?: string;
  readonly ScanBy?: string;
  readonly MaxDatapoints?: number;
  readonly LabelOptions?: { readonly Timezone?: string };
}

export type StatusCode = 'Complete' | 'PartialData' | 'InternalError' | 'Forbidden';

export interface MessageData {
  readonly Code?: string;
  readonly Value?: string;
}

export interface MetricDataResult {
  readonly Id: string;
  readonly Label: string;
  readonly Timestamps: readonly EpochMillis[];
  readonly Values: readonly number[];
  readonly StatusCode: StatusCode;
  readonly Messages?: readonly MessageData[];
}

export interface GetMetricDataOutput {
  readonly MetricDataResults: readonly MetricDataResult[];
  readonly NextToken?: string;
  readonly Messages: readonly MessageData[];
}

export interface GetMetricStatisticsInput {
  readonly Namespace?: string;
  readonly MetricName?: string;
  readonly Dimensions?: readonly Dimension[];
  readonly StartTime?: Date;
  readonly EndTime?: Date;
  readonly Period?: number;
  readonly Statistics?: readonly string[];
  readonly ExtendedStatistics?: readonly string[];
  readonly Unit?: string;
}

export interface Datapoint {
  readonly Timestamp: EpochMillis;
  readonly SampleCount?: number;
  readonly Average?: number;
  readonly Sum?: number;
  readonly Minimum?: number;
  readonly Maximum?: number;
  readonly Unit?: string;
  readonly ExtendedStatistics?: Readonly<Record<string, number>>;
}

export interface GetMetricStatisticsOutput {
  readonly Label: string;
  readonly Datapoints: readonly Datapoint[];
}

export interface ListMetricsInput {
  readonly Namespace?: string;
  readonly MetricName?: string;
  readonly Dimensions?: readonly DimensionFilter[];
  readonly NextToken?: string;
  readonly RecentlyActive?: string;
  readonly IncludeLinkedAccounts?: boolean;
  readonly OwningAccount?: string;
}

export interface ListMetricsOutput {
  readonly Metrics: readonly Metric[];
  readonly NextToken?: string;
}

export interface StatisticSet {
  readonly SampleCount?: number;
  readonly Sum?: number;
  readonly Minimum?: number;
  readonly Maximum?: number;
}

export interface MetricDatum {
  readonly MetricName?: string;
  readonly Dimensions?: readonly Dimension[];
  readonly Timestamp?: Date;
  readonly Value?: number;
  readonly StatisticValues?: StatisticSet;
  readonly Values?: readonly number[];
  readonly Counts?: readonly number[];
  readonly Unit?: string;
  readonly StorageResolution?: number;
}

export interface PutMetricDataInput {
  readonly Namespace?: string;
  readonly MetricData?: readonly MetricDatum[];
}

export type PutMetricDataOutput = Record<string, never>;

/** An alarm's state; this emulator has no evaluation engine, so states change only by seeding. */
export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/** One member of a metric-math alarm (`PutMetricAlarm` `Metrics`). */
export interface AlarmMetricQuery {
  readonly Id?: string;
  readonly MetricStat?: MetricStat;
  readonly Expression?: string;
  readonly Label?: string;
  readonly ReturnData?: boolean;
  readonly Period?: number;
  readonly AccountId?: string;
}

/** The `PutMetricAlarm` request, as the API reference names its members. */
export interface PutMetricAlarmInput {
  readonly AlarmName?: string;
  readonly AlarmDescription?: string;
  readonly ActionsEnabled?: boolean;
  readonly OKActions?: readonly string[];
  readonly AlarmActions?: readonly string[];
  readonly InsufficientDataActions?: readonly string[];
  readonly MetricName?: string;
  readonly Namespace?: string;
  readonly Statistic?: string;
  readonly ExtendedStatistic?: string;
  readonly Dimensions?: readonly Dimension[];
  readonly Period?: number;
  readonly Unit?: string;
  readonly EvaluationPeriods?: number;
  readonly DatapointsToAlarm?: number;
  readonly Threshold?: number;
  readonly ComparisonOperator?: string;
  readonly TreatMissingData?: string;
  readonly EvaluateLowSampleCountPercentile?: string;
  readonly Metrics?: readonly AlarmMetricQuery[];
  readonly Tags?: readonly { readonly Key?: string; readonly Value?: string }[];
  readonly ThresholdMetricId?: string;
}

/** A stored metric alarm, as `DescribeAlarms` answers it (timestamps in epoch ms). */
export interface MetricAlarm {
  readonly AlarmName: string;
  readonly AlarmArn: string;
  readonly AlarmDescription?: string;
  readonly AlarmConfigurationUpdatedTimestamp: EpochMillis;
  readonly ActionsEnabled: boolean;
  readonly OKActions: readonly string[];
  readonly AlarmActions: readonly string[];
  readonly InsufficientDataActions: readonly string[];
  readonly StateValue: AlarmStateValue;
  readonly StateReason: string;
  readonly StateUpdatedTimestamp: EpochMillis;
  readonly StateTransitionedTimestamp: EpochMillis;
  readonly MetricName?: string;
  readonly Namespace?: string;
  readonly Statistic?: string;
  readonly ExtendedStatistic?: string;
  readonly Dimensions: readonly Dimension[];
  readonly Period?: number;
  readonly Unit?: string;
  readonly EvaluationPeriods: number;
  readonly DatapointsToAlarm?: number;
  readonly Threshold?: number;
  readonly ComparisonOperator: string;
  readonly TreatMissingData?: string;
  readonly EvaluateLowSampleCountPercentile?: string;
  readonly Metrics?: readonly AlarmMetricQuery[];
  readonly ThresholdMetricId?: string;
}

/** The `DescribeAlarms` request. */
export interface DescribeAlarmsInput {
  readonly AlarmNames?: readonly string[];
  readonly AlarmNamePrefix?: string;
  readonly AlarmTypes?: readonly string[];
  readonly ChildrenOfAlarmName?: string;
  readonly ParentsOfAlarmName?: string;
  readonly StateValue?: string;
  readonly ActionPrefix?: string;
  readonly MaxRecords?: number;
  readonly NextToken?: string;
}

/** The `DescribeAlarms` answer: this emulator stores no composite alarms. */
export interface DescribeAlarmsOutput {
  readonly MetricAlarms: readonly MetricAlarm[];
  readonly CompositeAlarms: readonly never[];
  readonly NextToken?: string;
}
