import { METRIC_RANGES, type Instance, type MetricRange } from '@fleet/contract';
import { MAX_POINTS_PER_SERIES, choosePeriod } from './choose-period';
import { RANGE_SECONDS } from './metric-ranges';
import { SAMPLE_SECONDS, monitoringKindOf } from './monitoring';
import { finestRetainedPeriod } from './retention';

// The documented period table (docs/api.md): range → [detailed, basic] period in seconds.
const EXPECTED: Record<MetricRange, { detailed: number; basic: number }> = {
  '1h': { detailed: 60, basic: 300 },
  '3h': { detailed: 60, basic: 300 },
  '12h': { detailed: 60, basic: 300 },
  '1d': { detailed: 120, basic: 300 },
  '3d': { detailed: 300, basic: 300 },
  '1w': { detailed: 900, basic: 900 },
  '2w': { detailed: 1800, basic: 1800 },
};

const MONITORING_STATES: readonly Instance['monitoring'][] = [
  'enabled',
  'pending',
  'disabling',
  'disabled',
];

const cases = METRIC_RANGES.flatMap((range) =>
  MONITORING_STATES.map((state) => [range, state] as const),
);

describe('choosePeriod', () => {
  it.each(cases)('picks the documented period for %s with monitoring %s', (range, state) => {
    const kind = monitoringKindOf(state);

    expect(choosePeriod(range, kind)).toBe(EXPECTED[range][kind]);
  });

  it.each(cases)('keeps %s with monitoring %s at or under 1,000 points', (range, state) => {
    const period = choosePeriod(range, monitoringKindOf(state));

    expect(Math.ceil(RANGE_SECONDS[range] / period)).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
  });

  it.each(cases)(
    'never asks %s with monitoring %s for a period finer than its samples',
    (range, state) => {
      const kind = monitoringKindOf(state);

      expect(choosePeriod(range, kind) % SAMPLE_SECONDS[kind]).toBe(0);
    },
  );

  it.each(cases)(
    'asks %s with monitoring %s for a period CloudWatch still retains at its start',
    (range, state) => {
      const period = choosePeriod(range, monitoringKindOf(state));

      expect(period % finestRetainedPeriod(RANGE_SECONDS[range] + period)).toBe(0);
    },
  );

  it('never gives a basic-monitoring instance 1-minute buckets, which would be four gaps in five', () => {
    for (const range of METRIC_RANGES)
      expect(choosePeriod(range, 'basic')).toBeGreaterThanOrEqual(300);
  });

  it('gives detailed monitoring its 1-minute data where 1,000 points allow it', () => {
    expect(METRIC_RANGES.filter((range) => choosePeriod(range, 'detailed') === 60)).toEqual([
      '1h',
      '3h',
      '12h',
    ]);
  });
});

describe('monitoringKindOf', () => {
  it.each([
    ['enabled', 'detailed'],
    ['pending', 'basic'],
    ['disabling', 'basic'],
    ['disabled', 'basic'],
  ] as const)('reads monitoring %s as %s data', (state, kind) => {
    expect(monitoringKindOf(state)).toBe(kind);
  });
});
