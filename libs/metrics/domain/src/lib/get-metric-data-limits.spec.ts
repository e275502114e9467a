import { callsNeeded, queriesPerCall, splitEvenly } from './get-metric-data-limits';

describe('GetMetricData batching', () => {
  it('fits 500 sparklines of 96 points in one call: the query limit binds', () => {
    expect(queriesPerCall(96)).toBe(500);
    expect(callsNeeded(500, 96)).toBe(1);
  });

  it('needs 3 calls for 1,200 instances of one region', () => {
    expect(callsNeeded(1200, 96)).toBe(3);
    expect(
      splitEvenly([...Array(1200).keys()], queriesPerCall(96)).map((batch) => batch.length),
    ).toEqual([400, 400, 400]);
  });

  it('respects the 100,800-datapoint limit when series are long', () => {
    // A day at one minute: 1,440 points per query, so 70 queries per call.
    expect(queriesPerCall(1440)).toBe(70);
    expect(callsNeeded(500, 1440)).toBe(8);
    for (const batch of splitEvenly([...Array(500).keys()], queriesPerCall(1440))) {
      expect(batch.length * 1440).toBeLessThanOrEqual(100_800);
    }
  });

  it('still sends a query longer than a whole page on its own (CloudWatch pages it)', () => {
    expect(queriesPerCall(200_000)).toBe(1);
  });

  it('keeps every item once, in order, in batches that differ by at most one', () => {
    const items = [...Array(1001).keys()];

    const batches = splitEvenly(items, 500);

    expect(batches.map((batch) => batch.length)).toEqual([334, 334, 333]);
    expect(batches.flat()).toEqual(items);
  });

  it('makes no batch of nothing', () => {
    expect(splitEvenly([], 500)).toEqual([]);
  });
});
