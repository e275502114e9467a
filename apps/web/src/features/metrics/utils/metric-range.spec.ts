import { parseMetricRange } from './metric-range';

describe('parseMetricRange', () => {
  it('reads the range the URL names', () => {
    expect(parseMetricRange(new URLSearchParams('range=3d'))).toBe('3d');
  });

  it('falls back to the last hour for a missing or unknown range', () => {
    expect(parseMetricRange(new URLSearchParams(''))).toBe('1h');
    expect(parseMetricRange(new URLSearchParams('range=5y'))).toBe('1h');
  });
});
