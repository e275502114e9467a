import { roundPoints } from './round-points';

describe('roundPoints', () => {
  it('keeps four significant digits, whatever the magnitude', () => {
    expect(roundPoints([12.345678, 0.000123456, 98765.4321, 100])).toEqual([
      12.35, 0.0001235, 98770, 100,
    ]);
  });

  it('keeps gaps as null and zeros as zero', () => {
    expect(roundPoints([null, 0, null])).toEqual([null, 0, null]);
  });
});
