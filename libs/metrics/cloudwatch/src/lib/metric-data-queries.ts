import type { MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { MetricQuery } from '@fleet/metrics-domain';

/**
 * The query `Id` of the query at `index`. Ids must match `^[a-z][a-zA-Z0-9_]*$` and be unique in
 * a call; positional ids tie each result back to its query whatever order CloudWatch answers in.
 *
 * @example
 * queryId(3); // 'q3'
 */
export function queryId(index: number): string {
  return `q${index}`;
}

/**
 * GetMetricData `MetricDataQueries` for the queries at one period: one `MetricStat` each.
 *
 * @example
 * toMetricDataQueries([ec2InstanceQuery(id, 'CPUUtilization', 'Average')], 300);
 * // [{ Id: 'q0', MetricStat: { Metric: { Namespace: 'AWS/EC2', … }, Period: 300, Stat: 'Average' } }]
 */
export function toMetricDataQueries(
  queries: readonly MetricQuery[],
  period: number,
): MetricDataQuery[] {
  return queries.map((query, index) => ({
    Id: queryId(index),
    MetricStat: {
      Metric: {
        Namespace: query.namespace,
        MetricName: query.metricName,
        Dimensions: Object.entries(query.dimensions).map(([Name, Value]) => ({ Name, Value })),
      },
      Period: period,
      Stat: query.stat,
    },
    ReturnData: true,
  }));
}
