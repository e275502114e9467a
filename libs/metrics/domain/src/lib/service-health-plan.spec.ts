import { planServiceHealth, serviceHealthOf } from './service-health-plan';

const NOW = Date.parse('2026-11-29T10:07:30Z');

describe('planServiceHealth', () => {
  it('reads every function by its service dimension, each action where it is emitted', () => {
    const plan = planServiceHealth('1h', NOW);

    expect(plan.functions).toContain('list-instances');
    expect(plan.functions).toContain('get-service-health');
    // Scheduled and EventBridge-driven functions, next to the API's.
    expect(plan.functions).toEqual(expect.arrayContaining(['sync-inventory', 'anchor-audit']));
    expect(plan.actions).toContainEqual({ action: 'protect', fn: 'set-instance-protection' });
    expect(plan.queries).toContainEqual({
      namespace: 'FleetConsole',
      metricName: 'Latency',
      dimensions: { service: 'stop-instances' },
      stat: 'p99',
    });
    expect(plan.queries).toContainEqual({
      namespace: 'FleetConsole',
      metricName: 'ActionOutcomes',
      dimensions: { service: 'stop-instances', action: 'stop', outcome: 'refused' },
      stat: 'Sum',
    });
    // Within one GetMetricData call.
    expect(plan.queries.length).toBeLessThanOrEqual(500);
  });

  it('charts an hour per minute, the current minute included, and totals it in one period', () => {
    const plan = planServiceHealth('1h', NOW);

    expect(plan.series).toEqual({
      start: Date.parse('2026-11-29T09:08:00Z'),
      end: Date.parse('2026-11-29T10:08:00Z'),
      period: 60,
    });
    expect(plan.total).toEqual({ start: plan.series.start, end: plan.series.end, period: 3600 });
  });
});

describe('serviceHealthOf', () => {
  it('sums the totals, keeps window percentiles and maps outcomes per action', () => {
    const plan = planServiceHealth('1h', NOW);
    const series = plan.queries.map(() => [1, null, 2]);
    const totals = plan.queries.map((query) =>
      query.stat === 'p50' ? [40] : query.stat === 'p99' ? [250] : [3],
    );

    const health = serviceHealthOf(plan, series, totals);

    expect(health.timestamps).toHaveLength(60);
    expect(health.functions.find((fn) => fn.name === 'list-instances')).toMatchObject({
      requests: 3,
      clientErrors: 3,
      faults: 3,
      p50Ms: 40,
      p99Ms: 250,
      series: { requests: [1, null, 2] },
    });
    expect(health.actions.find((entry) => entry.action === 'stop')).toEqual({
      action: 'stop',
      outcomes: { succeeded: 3, unchanged: 3, refused: 3, failed: 3 },
      denied: 3,
    });
  });

  it('leaves the percentiles null when a function served nothing', () => {
    const plan = planServiceHealth('1h', NOW);

    const health = serviceHealthOf(
      plan,
      plan.queries.map(() => []),
      plan.queries.map(() => [null]),
    );

    expect(health.functions[0]).toMatchObject({ requests: 0, p50Ms: null, p99Ms: null });
  });
});
