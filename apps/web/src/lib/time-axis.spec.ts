import type { MetricRange } from '@fleet/contract';
import { formatPointPeriod, formatTimeTick, timeTicks } from './time-axis';

const utc = (): number => 0;
const iso = (ticks: number[]): string[] => ticks.map((tick) => new Date(tick).toISOString());
/** The ticks between two ISO times, as ISO times. */
const ticksBetween = (from: string, to: string, ...rest: [MetricRange, () => number]): string[] =>
  iso(timeTicks(Date.parse(from), Date.parse(to), ...rest));

describe('timeTicks', () => {
  it('puts a tick every ten minutes on round minutes over an hour', () => {
    const ticks = ticksBetween('2026-11-25T10:05:00Z', '2026-11-25T11:00:00Z', '1h', utc);

    expect(ticks).toEqual([
      '2026-11-25T10:10:00.000Z',
      '2026-11-25T10:20:00.000Z',
      '2026-11-25T10:30:00.000Z',
      '2026-11-25T10:40:00.000Z',
      '2026-11-25T10:50:00.000Z',
      '2026-11-25T11:00:00.000Z',
    ]);
  });

  it('puts day ticks on local midnight, not UTC midnight', () => {
    const plusTwoHours = (): number => 120;

    const ticks = ticksBetween('2026-11-20T10:00:00Z', '2026-11-23T10:00:00Z', '1w', plusTwoHours);

    expect(ticks).toEqual([
      '2026-11-20T22:00:00.000Z',
      '2026-11-21T22:00:00.000Z',
      '2026-11-22T22:00:00.000Z',
    ]);
  });

  it('keeps six to eight labels on every range', () => {
    const end = Date.parse('2026-11-25T10:00:00Z');
    const hours: Record<string, number> = {
      '1h': 1,
      '3h': 3,
      '12h': 12,
      '1d': 24,
      '3d': 72,
      '1w': 168,
      '2w': 336,
    };

    for (const [range, span] of Object.entries(hours)) {
      const count = timeTicks(end - span * 3_600_000, end, range as '1h', utc).length;
      expect([range, count >= 6 && count <= 8]).toEqual([range, true]);
    }
  });
});

describe('formatTimeTick', () => {
  const at = Date.parse('2026-11-25T14:30:00Z');

  it('shows the time of day up to a day', () => {
    expect(formatTimeTick(at, '1h', 'en-GB', 'UTC')).toBe('14:30');
    expect(formatTimeTick(at, '1d', 'en-GB', 'UTC')).toBe('14:30');
  });

  it('adds the weekday over three days', () => {
    expect(formatTimeTick(at, '3d', 'en-GB', 'UTC')).toBe('Wed 14:30');
  });

  it('shows the date over a week or two', () => {
    expect(formatTimeTick(at, '1w', 'en-GB', 'UTC')).toBe('25 Nov');
    expect(formatTimeTick(at, '2w', 'en-GB', 'UTC')).toBe('25 Nov');
  });
});

describe('formatPointPeriod', () => {
  it('names the period a point covers', () => {
    expect(formatPointPeriod(Date.parse('2026-11-25T14:30:00Z'), 300, 'en-GB', 'UTC')).toBe(
      '25 Nov, 14:30 – 14:35',
    );
  });
});
