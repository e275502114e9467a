import type { OperationContext } from './context';
import { describeAlarms } from './describe-alarms';
import { getMetricData } from './get-metric-data';
import { getMetricStatistics } from './get-metric-statistics';
import { listMetrics } from './list-metrics';
import { putMetricAlarm } from './put-metric-alarm';
import { putMetricData } from './put-metric-data';

/** An operation: decoded input in, protocol-neutral output out; throws CloudWatchError. */
export type Operation = (context: OperationContext, input: never) => unknown;

/** The operations by API name; the one layer both protocols call. */
export const operations: Readonly<Record<string, Operation>> = {
  DescribeAlarms: describeAlarms,
  GetMetricData: getMetricData,
  GetMetricStatistics: getMetricStatistics,
  ListMetrics: listMetrics,
  PutMetricAlarm: putMetricAlarm,
  PutMetricData: putMetricData,
};
