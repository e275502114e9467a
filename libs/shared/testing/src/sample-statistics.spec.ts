import { median, percentile } from './sample-statistics';

describe('percentile', () => {
  it('is the nearest-rank sample, whatever order the samples come in', () => {
    const samples = [15, 20, 35, 40, 50].reverse();
    expect(percentile(samples, 0.05)).toBe(15);
    expect(percentile(samples, 0.3)).toBe(20);
    expect(percentile(samples, 0.4)).toBe(20);
    expect(percentile(samples, 0.5)).toBe(35);
    expect(percentile(samples, 1)).toBe(50);
  });

  it('is the lower middle sample for p50 of an even count, never an interpolation', () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2);
  });

  it('stays within the samples at the ends', () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 0.999)).toBe(3);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('leaves the samples as they were', () => {
    const samples = [3, 1, 2];
    percentile(samples, 0.5);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('median', () => {
  it('is the middle sample of an odd count', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('is the mean of the two middle samples of an even count', () => {
    expect(median([1.18, 1.07, 1.14, 1.09])).toBeCloseTo(1.115, 10);
  });

  it('is NaN without samples', () => {
    expect(median([])).toBeNaN();
  });
});
