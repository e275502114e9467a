import { sparklinePath, summarizeSparkline } from './sparkline';

const BOX = { width: 30, height: 10 };

describe('sparklinePath', () => {
  it('draws one segment through consecutive points, scaled from zero to the top', () => {
    expect(sparklinePath([0, 10, 5, 10], BOX, 10)).toBe('M0,10L10,0L20,5L30,0');
  });

  it('starts a new segment after a gap, leaving the gap empty', () => {
    expect(sparklinePath([0, 10, null, 5, 5], { width: 40, height: 10 }, 10)).toBe(
      'M0,10L10,0M30,5L40,5',
    );
  });

  it('draws a lone point between gaps as a dot', () => {
    expect(sparklinePath([null, 5, null], { width: 20, height: 10 }, 10)).toBe('M10,5l0,0');
  });

  it('stretches the scale to the highest point above the minimum top', () => {
    expect(sparklinePath([0, 40], { width: 10, height: 10 }, 10)).toBe('M0,10L10,0');
  });

  it('draws nothing when no point exists', () => {
    expect(sparklinePath([null, null, null], BOX)).toBe('');
  });

  it('keeps the inset free on every side', () => {
    expect(sparklinePath([0, 10], { width: 12, height: 12, inset: 1 }, 10)).toBe('M1,11L11,1');
  });
});

describe('summarizeSparkline', () => {
  it('gives the newest present point, the average and the peak', () => {
    expect(summarizeSparkline([2, null, 4, null])).toEqual({ last: 4, average: 3, max: 4 });
  });

  it('has nothing to say without points', () => {
    expect(summarizeSparkline([null])).toEqual({ last: null, average: null, max: null });
  });
});
