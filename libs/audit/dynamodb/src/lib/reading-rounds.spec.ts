import { readingRounds } from './reading-rounds';

const months = (count: number): string[] =>
  Array.from({ length: count }, (_, index) => `m${count - index}`);

describe('readingRounds', () => {
  it('reads a year of months in four rounds of 1, 2, 4 and 5, newest first', () => {
    const rounds = readingRounds(months(12));

    expect(rounds.map((round) => round.length)).toEqual([1, 2, 4, 5]);
    expect(rounds.flat()).toEqual(months(12));
  });

  it('reads one tier in one round, and nothing when there is nothing to read', () => {
    expect(readingRounds([['team-a', 'team-b']])).toEqual([[['team-a', 'team-b']]]);
    expect(readingRounds([])).toEqual([]);
  });
});
