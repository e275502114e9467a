import { appendBudgetMs, backoffDelayMs } from './append-backoff';

describe('append backoff', () => {
  it('lets an attempt wait up to four times longer than an outcome after many lost races', () => {
    const atMost = (kind: 'attempt' | 'outcome'): number => backoffDelayMs(10, () => 0.999, kind);

    expect(atMost('outcome')).toBe(99);
    expect(atMost('attempt')).toBe(399);
  });

  it('grows the ceiling from 10 ms, doubling with each loss', () => {
    expect([0, 1, 2, 3].map((tries) => backoffDelayMs(tries, () => 0.999))).toEqual([
      9, 19, 39, 79,
    ]);
  });

  it('gives an outcome half the function timeout and an attempt a quarter', () => {
    expect(appendBudgetMs('outcome', 10)).toBe(5000);
    expect(appendBudgetMs('attempt', 10)).toBe(2500);
  });
});
