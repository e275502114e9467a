import { formatCount, formatDateTime, formatRelativeTime } from './format';

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
});

describe('formatCount', () => {
  it('groups digits as the locale does, each locale with its own formatter', () => {
    expect(formatCount(10000, 'en')).toBe('10,000');
    expect(formatCount(10000, 'de')).toBe('10.000');
    expect(formatCount(1, 'en')).toBe('1');
  });
});
