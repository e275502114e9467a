import { errorOf } from '../testing/expect-error';
import { contextOf, hoursAgo } from '../testing/scenario';
import { listMetrics } from './list-metrics';
import { putMetricData } from './put-metric-data';

describe('ListMetrics', () => {
  const fleet = [
    { instanceId: 'i-0burst', instanceType: 't3.micro' },
    { instanceId: 'i-0fixed', instanceType: 'm5.large' },
  ];

  it('lists the 12 basic metrics of a fixed-performance instance', () => {
    const { Metrics } = listMetrics(contextOf(fleet), {
      Dimensions: [{ Name: 'InstanceId', Value: 'i-0fixed' }],
    });

    expect(Metrics.map((metric) => metric.MetricName)).toHaveLength(12);
    expect(Metrics.map((metric) => metric.MetricName)).not.toContain('CPUCreditBalance');
  });

  it('adds the CPU credit metrics for a burstable instance', () => {
    const { Metrics } = listMetrics(contextOf(fleet), {
      Dimensions: [{ Name: 'InstanceId', Value: 'i-0burst' }],
    });

    expect(Metrics.map((metric) => metric.MetricName)).toEqual(
      expect.arrayContaining(['CPUCreditBalance', 'CPUCreditUsage']),
    );
    expect(Metrics).toHaveLength(14);
  });

  it('filters by metric name and by dimension name alone', () => {
    const { Metrics } = listMetrics(contextOf(fleet), {
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'InstanceId' }],
    });

    expect(Metrics).toEqual([
      {
        Namespace: 'AWS/EC2',
        MetricName: 'CPUUtilization',
        Dimensions: [{ Name: 'InstanceId', Value: 'i-0burst' }],
      },
      {
        Namespace: 'AWS/EC2',
        MetricName: 'CPUUtilization',
        Dimensions: [{ Name: 'InstanceId', Value: 'i-0fixed' }],
      },
    ]);
  });

  it('lists the per-type and region-wide aggregates as well', () => {
    const { Metrics } = listMetrics(contextOf(fleet), { MetricName: 'CPUUtilization' });

    expect(Metrics.map((metric) => metric.Dimensions)).toEqual(
      expect.arrayContaining([
        [],
        [{ Name: 'InstanceType', Value: 'm5.large' }],
        [{ Name: 'InstanceType', Value: 't3.micro' }],
      ]),
    );
  });

  it('leaves out instances that have not run for two weeks', () => {
    const context = contextOf([
      { instanceId: 'i-0long-gone', running: [['2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z']] },
    ]);

    expect(listMetrics(context, {}).Metrics).toEqual([]);
  });

  it('narrows to the last three hours with RecentlyActive PT3H', () => {
    const context = contextOf([
      { instanceId: 'i-0recent', instanceType: 'm5.large' },
      {
        instanceId: 'i-0yesterday',
        instanceType: 'm5.large',
        running: [['2026-11-20T00:00:00Z', '2026-11-24T00:00:00Z']],
      },
    ]);

    const { Metrics } = listMetrics(context, {
      RecentlyActive: 'PT3H',
      Dimensions: [{ Name: 'InstanceId' }],
      MetricName: 'CPUUtilization',
    });

    expect(Metrics.map((metric) => metric.Dimensions![0]!.Value)).toEqual(['i-0recent']);
  });

  it('refuses a RecentlyActive other than PT3H', () => {
    const error = errorOf(() => listMetrics(contextOf(fleet), { RecentlyActive: 'PT1H' }));

    expect(error.code).toBe('InvalidParameterValue');
  });

  it('pages 500 metrics at a time and walks every page with NextToken', () => {
    const many = Array.from({ length: 60 }, (_, n) => ({
      instanceId: `i-0many${String(n).padStart(3, '0')}`,
      instanceType: 'm5.large',
    }));
    const context = contextOf(many);

    const first = listMetrics(context, { Namespace: 'AWS/EC2' });
    const second = listMetrics(context, { Namespace: 'AWS/EC2', NextToken: first.NextToken! });

    expect(first.Metrics).toHaveLength(500);
    expect(second.Metrics).toHaveLength(60 * 12 + 12 + 12 - 500);
    expect(second.NextToken).toBeUndefined();
  });

  it('lists custom metrics put in the region', () => {
    const context = contextOf(fleet);
    putMetricData(context, {
      Namespace: 'Fleet/Console',
      MetricData: [{ MetricName: 'Logins', Value: 3, Timestamp: hoursAgo(1) }],
    });

    const { Metrics } = listMetrics(context, { Namespace: 'Fleet/Console' });

    expect(Metrics).toEqual([{ Namespace: 'Fleet/Console', MetricName: 'Logins', Dimensions: [] }]);
  });

  it('refuses a NextToken it did not issue', () => {
    const error = errorOf(() => listMetrics(contextOf(fleet), { NextToken: 'bm90LWEtdG9rZW4' }));

    expect(error.code).toBe('InvalidNextToken');
  });
});
