import { teamScopedFilters } from './team-scoped-filters';

describe('teamScopedFilters', () => {
  const env = { key: 'Environment', value: 'production' };

  it('leaves the filters of a caller who sees the whole fleet as they are', () => {
    expect(teamScopedFilters(undefined, [env], 'Team')).toEqual([env]);
  });

  it('limits a list without a Team filter to the caller teams', () => {
    expect(teamScopedFilters(['payments', 'search'], [env], 'Team')).toEqual([
      env,
      { key: 'Team', value: 'payments' },
      { key: 'Team', value: 'search' },
    ]);
  });

  it('keeps only the asked-for teams that are in scope', () => {
    expect(
      teamScopedFilters(
        ['payments'],
        [
          { key: 'Team', value: 'payments' },
          { key: 'Team', value: 'search' },
        ],
        'Team',
      ),
    ).toEqual([{ key: 'Team', value: 'payments' }]);
  });

  it('answers null when nothing can be visible: no team, or only teams out of scope', () => {
    expect(teamScopedFilters([], undefined, 'Team')).toBeNull();
    expect(teamScopedFilters(['payments'], [{ key: 'Team', value: 'search' }], 'Team')).toBeNull();
  });
});
