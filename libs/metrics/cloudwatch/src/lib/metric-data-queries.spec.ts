import { ec2InstanceQuery } from '@fleet/metrics-domain';
import { toMetricDataQueries } from './metric-data-queries';

describe('toMetricDataQueries', () => {
  it('builds one MetricStat per query with positional ids CloudWatch accepts', () => {
    const queries = toMetricDataQueries(
      [
        ec2InstanceQuery('i-0123456789abcdef0', 'CPUUtilization', 'Average'),
        ec2InstanceQuery('i-0123456789abcdef0', 'NetworkIn', 'Sum'),
      ],
      300,
    );

    expect(queries).toEqual([
      {
        Id: 'q0',
        MetricStat: {
          Metric: {
            Namespace: 'AWS/EC2',
            MetricName: 'CPUUtilization',
            Dimensions: [{ Name: 'InstanceId', Value: 'i-0123456789abcdef0' }],
          },
          Period: 300,
          Stat: 'Average',
        },
        ReturnData: true,
      },
      expect.objectContaining({ Id: 'q1', MetricStat: expect.objectContaining({ Stat: 'Sum' }) }),
    ]);
    for (const query of queries) expect(query.Id).toMatch(/^[a-z][a-zA-Z0-9_]*$/);
  });
});
