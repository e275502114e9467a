import { finestRetainedPeriod } from './retention';

const DAY = 86_400;

describe('finestRetainedPeriod', () => {
  it.each([
    [60, 1],
    [3 * 3600, 1],
    [3 * 3600 + 1, 60],
    [15 * DAY, 60],
    [15 * DAY + 1, 300],
    [63 * DAY, 300],
    [63 * DAY + 1, 3600],
    [455 * DAY, 3600],
  ])('keeps data %i seconds old at a %i-second period or coarser', (age, period) => {
    expect(finestRetainedPeriod(age)).toBe(period);
  });

  it('refuses data older than CloudWatch keeps (15 months)', () => {
    expect(() => finestRetainedPeriod(456 * DAY)).toThrow(RangeError);
  });
});
