import { anInstance } from '@fleet/testing';
import { instanceMetricsOf, planInstanceMetrics } from './instance-metrics-plan';

const NOW = Date.parse('2026-01-01T12:03:00Z');

/** The plan of the last hour for an instance like `overrides`, at NOW. */
const lastHourOf = (overrides: Parameters<typeof anInstance>[0]) =>
  planInstanceMetrics(anInstance(overrides), '1h', NOW);

describe('planInstanceMetrics', () => {
  it('reads every series of a burstable instance in one set of queries, credits included', () => {
    const plan = lastHourOf({ type: 't3.micro', monitoring: 'disabled' });

    expect(plan.burstable).toBe(true);
    expect(plan.queries.map((query) => query.metricName)).toEqual([
      'CPUUtilization',
      'NetworkIn',
      'NetworkOut',
      'NetworkPacketsIn',
      'NetworkPacketsOut',
      'EBSReadOps',
      'EBSWriteOps',
      'EBSReadBytes',
      'EBSWriteBytes',
      'StatusCheckFailed',
      'StatusCheckFailed_Instance',
      'StatusCheckFailed_System',
      'CPUCreditUsage',
      'CPUCreditBalance',
    ]);
  });

  it('leaves the credit series out for a type that earns no credits', () => {
    const plan = lastHourOf({ type: 'm7g.large' });

    expect(plan.burstable).toBe(false);
    expect(plan.queries.map((query) => query.metricName)).not.toContain('CPUCreditBalance');
    expect(plan.queries).toHaveLength(12);
  });

  it('asks for the instance by its InstanceId dimension in AWS/EC2', () => {
    const plan = lastHourOf({ id: 'i-0123456789abcdef0' });

    expect(plan.queries[0]).toEqual({
      namespace: 'AWS/EC2',
      metricName: 'CPUUtilization',
      dimensions: { InstanceId: 'i-0123456789abcdef0' },
      stat: 'Average',
    });
  });

  it('uses 1-minute periods for detailed monitoring and 5-minute ones for basic', () => {
    expect(lastHourOf({ monitoring: 'enabled' }).window.period).toBe(60);
    expect(lastHourOf({ monitoring: 'disabled' }).window.period).toBe(300);
  });
});

describe('instanceMetricsOf', () => {
  it('shares one time axis, turns totals into per-second rates and keeps gaps as null', () => {
    const plan = lastHourOf({ type: 'm5.large', monitoring: 'disabled' });
    const points = plan.specs.map(() => [...Array(11).fill(600), null]);

    const metrics = instanceMetricsOf(plan, points);

    expect(metrics.timestamps).toHaveLength(12);
    expect(metrics.timestamps[0]).toBe('2026-01-01T11:00:00.000Z');
    expect(metrics.start).toBe('2026-01-01T11:00:00.000Z');
    expect(metrics.end).toBe('2026-01-01T12:00:00.000Z');
    expect(metrics.series.cpu).toEqual({
      unit: 'Percent',
      stat: 'Average',
      points: [...Array(11).fill(600), null],
    });
    expect(metrics.series.networkIn).toEqual({
      unit: 'Bytes/Second',
      stat: 'Sum',
      points: [...Array(11).fill(2), null],
    });
    expect(metrics.series.statusCheckFailed.unit).toBe('Count');
    expect(metrics.series.cpuCreditBalance).toBeUndefined();
    expect(metrics).toMatchObject({
      monitoring: 'basic',
      burstable: false,
      period: 300,
      range: '1h',
    });
  });

  it('refuses an answer that does not match the plan, rather than mislabel series', () => {
    const plan = lastHourOf({});

    expect(() => instanceMetricsOf(plan, [[1]])).toThrow(/expected 14 series/);
  });
});
