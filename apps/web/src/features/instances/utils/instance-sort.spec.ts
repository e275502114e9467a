import { nextSort, parseSort } from './instance-sort';

describe('parseSort', () => {
  it('reads a leading dash as descending', () => {
    expect(parseSort('-launchTime')).toEqual({ key: 'launchTime', direction: 'desc' });
  });

  it('reads a bare key as ascending', () => {
    expect(parseSort('region')).toEqual({ key: 'region', direction: 'asc' });
  });
});

describe('nextSort', () => {
  it('flips the direction when the sorted column is clicked again', () => {
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
  });

  it('starts a newly sorted column A to Z', () => {
    expect(nextSort('-launchTime', 'type')).toBe('type');
  });

  it('starts launch time newest first', () => {
    expect(nextSort('name', 'launchTime')).toBe('-launchTime');
  });
});
