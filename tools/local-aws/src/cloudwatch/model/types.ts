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
