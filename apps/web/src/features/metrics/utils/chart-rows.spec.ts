import { findGaps, hasNoData, toChartRows } from './chart-rows';

const AXIS = ['2026-11-25T10:00:00.000Z', '2026-11-25T10:05:00.000Z', '2026-11-25T10:10:00.000Z'];
const ms = (iso: string): number => Date.parse(iso);

describe('toChartRows', () => {
  it('makes one row per timestamp with every series at its index', () => {
    const rows = toChartRows(
      {
        timestamps: AXIS,
        series: { networkIn: { points: [1, 2, 3] }, networkOut: { points: [4, 5, 6] } },
      },
      ['networkIn', 'networkOut'],
    );

    expect(rows).toEqual([
      { t: ms(AXIS[0] ?? ''), networkIn: 1, networkOut: 4 },
      { t: ms(AXIS[1] ?? ''), networkIn: 2, networkOut: 5 },
      { t: ms(AXIS[2] ?? ''), networkIn: 3, networkOut: 6 },
    ]);
  });

  it('keeps null points as null so the line breaks there instead of dropping to zero', () => {
    const rows = toChartRows({ timestamps: AXIS, series: { cpu: { points: [5, null, 7] } } }, [
      'cpu',
    ]);

    expect(rows.map((row) => row.cpu)).toEqual([5, null, 7]);
  });

  it('reads a missing point past a short series as null, without shifting the others', () => {
    const rows = toChartRows({ timestamps: AXIS, series: { cpu: { points: [5] } } }, ['cpu']);

    expect(rows.map((row) => row.cpu)).toEqual([5, null, null]);
  });

  it('leaves out a series the answer does not hold (credits of a non-burstable type)', () => {
    const rows = toChartRows({ timestamps: AXIS.slice(0, 1), series: {} }, ['cpuCreditBalance']);

    expect(rows).toEqual([{ t: ms(AXIS[0] ?? '') }]);
  });
});

describe('hasNoData', () => {
  it('is true when every point of every series is null', () => {
    expect(
      hasNoData({ cpu: { points: [null, null] }, networkIn: { points: [null] } }, [
        'cpu',
        'networkIn',
      ]),
    ).toBe(true);
  });

  it('is false as soon as one point exists, zero included', () => {
    expect(hasNoData({ cpu: { points: [null, 0] } }, ['cpu'])).toBe(false);
  });
});

describe('findGaps', () => {
  it('spans each run of missing points up to where data resumes', () => {
    expect(findGaps(AXIS, [1, null, 2], 300)).toEqual([
      { from: ms('2026-11-25T10:05:00.000Z'), to: ms('2026-11-25T10:10:00.000Z') },
    ]);
  });

  it('runs a trailing gap to the end of the last period', () => {
    expect(findGaps(AXIS, [1, null, null], 300)).toEqual([
      { from: ms('2026-11-25T10:05:00.000Z'), to: ms('2026-11-25T10:15:00.000Z') },
    ]);
  });

  it('finds no gap in a complete series', () => {
    expect(findGaps(AXIS, [1, 2, 3], 300)).toEqual([]);
  });
});
