import {
  formatClockTime,
  formatCount,
  formatDateTime,
  formatEventTime,
  formatRelativeTime,
} from './format';

const NOW = new Date('2026-01-04T00:00:00Z');

describe('formatRelativeTime', () => {
  it('speaks in the largest unit that fits', () => {
    expect(formatRelativeTime('2026-01-01T00:00:00Z', NOW, 'en')).toBe('3 days ago');
    expect(formatRelativeTime('2026-01-03T21:00:00Z', NOW, 'en')).toBe('3 hours ago');
  });

  it('says "just now" for the last few seconds', () => {
    expect(formatRelativeTime('2026-01-03T23:59:50Z', NOW, 'en')).toBe('just now');
  });

  it('handles a time in the future (clock skew)', () => {
    expect(formatRelativeTime('2026-01-04T02:00:00Z', NOW, 'en')).toBe('in 2 hours');
  });

  it('answers null for a missing or unreadable time', () => {
    expect(formatRelativeTime(null, NOW)).toBeNull();
    expect(formatRelativeTime('yesterday', NOW)).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('writes date, time and zone', () => {
    expect(formatDateTime('2026-01-04T09:30:00Z', 'en-GB', 'UTC')).toBe('4 Jan 2026, 09:30:00 UTC');
  });

  it('answers null for a missing time', () => {
    expect(formatDateTime(null)).toBeNull();
  });

  it('keeps a 24-hour clock where the locale would say PM', () => {
    expect(formatDateTime('2026-01-04T21:30:00Z', 'en-US', 'UTC')).toBe(
      'Jan 4, 2026, 21:30:00 UTC',
    );
  });
});

describe('formatEventTime', () => {
  const evening = new Date('2026-01-04T18:00:00Z');

  it('gives the time of day alone for today, on a 24-hour clock', () => {
    expect(formatEventTime('2026-01-04T09:30:05Z', evening, 'en-GB', 'UTC')).toBe('09:30:05');
    expect(formatEventTime('2026-01-04T17:59:59Z', evening, 'en-US', 'UTC')).toBe('17:59:59');
  });

  it('puts the day before an earlier day, and the year before another year', () => {
    expect(formatEventTime('2026-01-03T23:58:12Z', evening, 'en-GB', 'UTC')).toBe(
      '3 Jan, 23:58:12',
    );
    expect(formatEventTime('2026-01-03T23:58:12Z', evening, 'en-US', 'UTC')).toBe(
      'Jan 3, 23:58:12',
    );
    expect(formatEventTime('2025-12-31T21:30:05Z', evening, 'en-GB', 'UTC')).toBe(
      '31 Dec 2025, 21:30:05',
    );
  });

  it("counts days in the reader's time zone, not UTC's", () => {
    // 18:00 UTC on the 4th is 03:00 on the 5th in Tokyo. 14:00 UTC that day is today in UTC but
    // 23:00 yesterday in Tokyo; 15:30 UTC is 00:30 today there.
    const now = new Date('2026-01-04T18:00:00Z');
    expect(formatEventTime('2026-01-04T14:00:00Z', now, 'en-GB', 'UTC')).toBe('14:00:00');
    expect(formatEventTime('2026-01-04T14:00:00Z', now, 'en-GB', 'Asia/Tokyo')).toBe(
      '4 Jan, 23:00:00',
    );
    expect(formatEventTime('2026-01-04T15:30:00Z', now, 'en-GB', 'Asia/Tokyo')).toBe('00:30:00');
  });

  it('answers null for a missing or bad time', () => {
    expect(formatEventTime(undefined)).toBeNull();
    expect(formatEventTime('yesterday')).toBeNull();
  });
});

describe('formatClockTime', () => {
  it('gives hours and minutes on a 24-hour clock', () => {
    expect(formatClockTime(Date.parse('2026-01-04T22:32:00Z'), 'en-US', 'UTC')).toBe('22:32');
  });
});

describe('formatCount', () => {
  it('groups digits as the locale does, each locale with its own formatter', () => {
    expect(formatCount(10000, 'en')).toBe('10,000');
    expect(formatCount(10000, 'de')).toBe('10.000');
    expect(formatCount(1, 'en')).toBe('1');
  });
});
