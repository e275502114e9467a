/**
 * A miniature of the CloudWatch Smithy model: just enough shape information for both wire adapters
 * to decode requests (timestamps, numbers, lists) and encode replies (XML lists and maps) without
 * either adapter knowing anything about a particular operation.
 */
export type Shape =
  | { readonly kind: 'string' | 'integer' | 'double' | 'boolean' | 'timestamp' }
  | { readonly kind: 'list'; readonly member: Shape }
  | { readonly kind: 'map'; readonly value: Shape }
  | StructureShape;

export interface StructureShape {
  readonly kind: 'structure';
  readonly members: Readonly<Record<string, Shape>>;
}

const string: Shape = { kind: 'string' };
const integer: Shape = { kind: 'integer' };
const double: Shape = { kind: 'double' };
const boolean: Shape = { kind: 'boolean' };
const timestamp: Shape = { kind: 'timestamp' };
const list = (member: Shape): Shape => ({ kind: 'list', member });
const structure = (members: Record<string, Shape>): StructureShape => ({
  kind: 'structure',
  members,
});

const dimension = structure({ Name: string, Value: string });
const metric = structure({ Namespace: string, MetricName: string, Dimensions: list(dimension) });
const messageData = structure({ Code: string, Value: string });
const strings = list(string);
// A metric-math alarm's members: GetMetricData's query shape.
const alarmMetricQuery = structure({
  Id: string,
  MetricStat: structure({ Metric: metric, Period: integer, Stat: string, Unit: string }),
  Expression: string,
  Label: string,
  ReturnData: boolean,
  Period: integer,
  AccountId: string,
});
// Members PutMetricAlarm takes and DescribeAlarms gives back unchanged.
const alarmDefinition = {
  AlarmName: string,
  AlarmDescription: string,
  ActionsEnabled: boolean,
  OKActions: strings,
  AlarmActions: strings,
  InsufficientDataActions: strings,
  MetricName: string,
  Namespace: string,
  Statistic: string,
  ExtendedStatistic: string,
  Dimensions: list(dimension),
  Period: integer,
  Unit: string,
  EvaluationPeriods: integer,
  DatapointsToAlarm: integer,
  Threshold: double,
  ComparisonOperator: string,
  TreatMissingData: string,
  EvaluateLowSampleCountPercentile: string,
  Metrics: list(alarmMetricQuery),
  ThresholdMetricId: string,
};

/** Input and output shapes of one operation. */
export interface OperationShapes {
  readonly input: StructureShape;
  readonly output: StructureShape;
}

/** The operations this emulator serves, by their API name. */
export const operationShapes: Readonly<Record<string, OperationShapes>> = {
  PutMetricAlarm: {
    input: structure({ ...alarmDefinition, Tags: list(structure({ Key: string, Value: string })) }),
    output: structure({}),
  },
  DescribeAlarms: {
    input: structure({
      AlarmNames: strings,
      AlarmNamePrefix: string,
      AlarmTypes: strings,
      ChildrenOfAlarmName: string,
      ParentsOfAlarmName: string,
      StateValue: string,
      ActionPrefix: string,
      MaxRecords: integer,
      NextToken: string,
    }),
    output: structure({
      // Composite alarms have their own shape; this emulator stores none, so the list stays empty.
      CompositeAlarms: list(structure({ AlarmName: string })),
      MetricAlarms: list(
        structure({
          ...alarmDefinition,
          AlarmArn: string,
          AlarmConfigurationUpdatedTimestamp: timestamp,
          StateValue: string,
          StateReason: string,
          StateReasonData: string,
          StateUpdatedTimestamp: timestamp,
          StateTransitionedTimestamp: timestamp,
          EvaluationState: string,
        }),
      ),
      NextToken: string,
    }),
  },
  GetMetricData: {
    input: structure({
      MetricDataQueries: list(
        structure({
          Id: string,
          MetricStat: structure({ Metric: metric, Period: integer, Stat: string, Unit: string }),
          Expression: string,
          Label: string,
          ReturnData: boolean,
          Period: integer,
          AccountId: string,
        }),
      ),
      StartTime: timestamp,
      EndTime: timestamp,
      NextToken: string,
      ScanBy: string,
      MaxDatapoints: integer,
      LabelOptions: structure({ Timezone: string }),
    }),
    output: structure({
      MetricDataResults: list(
        structure({
          Id: string,
          Label: string,
          Timestamps: list(timestamp),
          Values: list(double),
          StatusCode: string,
          Messages: list(messageData),
        }),
      ),
      NextToken: string,
      Messages: list(messageData),
    }),
  },
  GetMetricStatistics: {
    input: structure({
      Namespace: string,
      MetricName: string,
      Dimensions: list(dimension),
      StartTime: timestamp,
      EndTime: timestamp,
      Period: integer,
      Statistics: list(string),
      ExtendedStatistics: list(string),
      Unit: string,
    }),
    output: structure({
      Label: string,
      Datapoints: list(
        structure({
          Timestamp: timestamp,
          SampleCount: double,
          Average: double,
          Sum: double,
          Minimum: double,
          Maximum: double,
          Unit: string,
          ExtendedStatistics: { kind: 'map', value: double },
        }),
      ),
    }),
  },
  ListMetrics: {
    input: structure({
      Namespace: string,
      MetricName: string,
      Dimensions: list(structure({ Name: string, Value: string })),
      NextToken: string,
      RecentlyActive: string,
      IncludeLinkedAccounts: boolean,
      OwningAccount: string,
    }),
    output: structure({ Metrics: list(metric), NextToken: string, OwningAccounts: list(string) }),
  },
  PutMetricData: {
    input: structure({
      Namespace: string,
      MetricData: list(
        structure({
          MetricName: string,
          Dimensions: list(dimension),
          Timestamp: timestamp,
          Value: double,
          StatisticValues: structure({
            SampleCount: double,
            Sum: double,
            Minimum: double,
            Maximum: double,
          }),
          Values: list(double),
          Counts: list(double),
          Unit: string,
          StorageResolution: integer,
        }),
      ),
      StrictEntityValidation: boolean,
    }),
    output: structure({}),
  },
};
