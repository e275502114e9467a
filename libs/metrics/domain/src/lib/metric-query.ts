/** The CloudWatch statistics the instance charts ask for. */
export type InstanceStatistic = 'Average' | 'Sum' | 'Maximum';

/** The CloudWatch statistics this product asks for; percentiles (`p50`, `p99`) serve latency. */
export type MetricStatistic = InstanceStatistic | 'p50' | 'p99';

/** One metric and statistic to read over a window: what a GetMetricData `MetricStat` says. */
export interface MetricQuery {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly stat: MetricStatistic;
}

/**
 * The query for one AWS/EC2 metric of one instance.
 *
 * @example
 * ec2InstanceQuery('i-0123456789abcdef0', 'CPUUtilization', 'Average');
 */
export function ec2InstanceQuery(
  instanceId: string,
  metricName: string,
  stat: InstanceStatistic,
): MetricQuery {
  return { namespace: 'AWS/EC2', metricName, dimensions: { InstanceId: instanceId }, stat };
}
