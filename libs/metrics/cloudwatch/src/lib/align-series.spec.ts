import { alignSeries } from './align-series';

const window = {
  start: Date.parse('2026-01-01T00:00:00Z'),
  end: Date.parse('2026-01-01T00:30:00Z'),
  period: 300,
};
const at = (time: string): Date => new Date(`2026-01-01T${time}Z`);

describe('alignSeries', () => {
  it('puts each datapoint in its period and leaves periods without one null, never zero', () => {
    const points = alignSeries(window, [at('00:05:00'), at('00:20:00')], [12.5, 0]);

    expect(points).toEqual([null, 12.5, null, null, 0, null]);
  });

  it('answers a full axis of nulls when CloudWatch has nothing', () => {
    expect(alignSeries(window, [], [])).toEqual([null, null, null, null, null, null]);
  });

  it('does not care in which order the datapoints arrive', () => {
    const points = alignSeries(window, [at('00:25:00'), at('00:00:00')], [2, 1]);

    expect(points).toEqual([1, null, null, null, null, 2]);
  });

  it('drops datapoints outside the window rather than stretch the axis', () => {
    const points = alignSeries(window, [at('00:30:00'), new Date(window.start - 1)], [9, 9]);

    expect(points).toEqual([null, null, null, null, null, null]);
  });
});
