import {
  describePeriod,
  formatAxisValue,
  formatBytesPerSecond,
  formatMetricValue,
} from './format-metric';

describe('formatBytesPerSecond', () => {
  it('keeps small rates in bytes per second', () => {
    expect(formatBytesPerSecond(512, 'en')).toBe('512 B/s');
  });

  it('switches to KB/s and MB/s at each thousand', () => {
    expect(formatBytesPerSecond(12_345, 'en')).toBe('12.3 KB/s');
    expect(formatBytesPerSecond(1_536_000, 'en')).toBe('1.54 MB/s');
  });

  it('says 1 MB/s rather than 1,000 KB/s when rounding reaches the next unit', () => {
    expect(formatBytesPerSecond(999_960, 'en')).toBe('1 MB/s');
  });

  it('writes zero as 0 B/s', () => {
    expect(formatBytesPerSecond(0, 'en')).toBe('0 B/s');
  });
});

describe('formatMetricValue', () => {
  it('writes percentages with at most three significant digits', () => {
    expect(formatMetricValue(42.1234, 'percent', 'en')).toBe('42.1 %');
    expect(formatMetricValue(3.14159, 'percent', 'en')).toBe('3.14 %');
  });

  it('names the rate of operations and packets', () => {
    expect(formatMetricValue(12.5, 'opsPerSecond', 'en')).toBe('12.5 ops/s');
    expect(formatMetricValue(1234, 'packetsPerSecond', 'en')).toBe('1,234 packets/s');
  });

  it('reads a status check as OK or Failed', () => {
    expect(formatMetricValue(0, 'status')).toBe('OK');
    expect(formatMetricValue(1, 'status')).toBe('Failed');
  });

  it('says "no data" for a period without a datapoint, never zero', () => {
    expect(formatMetricValue(null, 'bytesPerSecond')).toBe('no data');
  });
});

describe('formatAxisValue', () => {
  it('shortens counts on the axis', () => {
    expect(formatAxisValue(1200, 'opsPerSecond', 'en')).toBe('1.2K');
  });

  it('keeps close small ticks apart', () => {
    expect([0.05, 0.1, 0.15, 0.2].map((tick) => formatAxisValue(tick, 'credits', 'en'))).toEqual([
      '0.05',
      '0.1',
      '0.15',
      '0.2',
    ]);
  });

  it('keeps the byte unit on each tick, since it changes along the axis', () => {
    expect(formatAxisValue(2_000_000, 'bytesPerSecond', 'en')).toBe('2 MB/s');
  });
});

describe('describePeriod', () => {
  it('names the point size in minutes or hours', () => {
    expect(describePeriod(60)).toBe('1-minute points');
    expect(describePeriod(300)).toBe('5-minute points');
    expect(describePeriod(1800)).toBe('30-minute points');
    expect(describePeriod(3600)).toBe('1-hour points');
  });
});
