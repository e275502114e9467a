import { alignedWindow, pointCount, timestampsOf } from './time-window';

describe('alignedWindow', () => {
  it('ends at the last period boundary, leaving the unfinished period out', () => {
    const window = alignedWindow(Date.parse('2026-01-01T10:07:30Z'), 3600, 300);

    expect(new Date(window.end).toISOString()).toBe('2026-01-01T10:05:00.000Z');
    expect(new Date(window.start).toISOString()).toBe('2026-01-01T09:05:00.000Z');
    expect(pointCount(window)).toBe(12);
  });

  it('starts on a boundary too, so the axis and CloudWatch buckets coincide', () => {
    const window = alignedWindow(Date.parse('2026-01-01T10:07:30Z'), 14 * 86_400, 1800);

    expect(window.start % (1800 * 1000)).toBe(0);
    expect(pointCount(window)).toBe(672);
  });
});

describe('timestampsOf', () => {
  it('lists one ISO 8601 timestamp per point, oldest first, one period apart', () => {
    const window = alignedWindow(Date.parse('2026-01-01T10:00:00Z'), 900, 300);

    expect(timestampsOf(window)).toEqual([
      '2026-01-01T09:45:00.000Z',
      '2026-01-01T09:50:00.000Z',
      '2026-01-01T09:55:00.000Z',
    ]);
  });
});
