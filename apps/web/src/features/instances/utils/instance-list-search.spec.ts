import {
  EMPTY_FILTERS,
  foldedFilterCount,
  hasActiveFilters,
  parseInstanceListSearch,
  toInstanceListSearch,
  toListInstancesParams,
  type InstanceListView,
} from './instance-list-search';

const DEFAULT_VIEW: InstanceListView = { filters: EMPTY_FILTERS, sort: 'name', limit: 50 };

describe('parseInstanceListSearch', () => {
  it('reads an empty URL as no filters, sorted by name, 50 per page', () => {
    expect(parseInstanceListSearch(new URLSearchParams(''))).toEqual(DEFAULT_VIEW);
  });

  it('accepts list filters comma-separated or repeated, as the API does', () => {
    const view = parseInstanceListSearch(
      new URLSearchParams('region=us-east-1,eu-west-1&state=running&state=stopped'),
    );

    expect(view.filters.region).toEqual(['us-east-1', 'eu-west-1']);
    expect(view.filters.state).toEqual(['running', 'stopped']);
  });

  it('keeps a comma inside a tag value instead of splitting on it', () => {
    const view = parseInstanceListSearch(new URLSearchParams('tag=owners=ana,bo'));

    expect(view.filters.tag).toEqual(['owners=ana,bo']);
  });

  it('drops values the API would refuse so a stale link still shows a list', () => {
    const view = parseInstanceListSearch(
      new URLSearchParams(
        'state=running,sleeping&region=mars&type=huge&tag=noequals&sort=cost&limit=500',
      ),
    );

    expect(view).toEqual({
      filters: { ...EMPTY_FILTERS, state: ['running'] },
      sort: 'name',
      limit: 50,
    });
  });

  it('accepts any page size the API allows, not only the menu sizes', () => {
    expect(parseInstanceListSearch(new URLSearchParams('limit=5')).limit).toBe(5);
  });
});

describe('toInstanceListSearch', () => {
  it('leaves defaults out of the URL', () => {
    expect(toInstanceListSearch(DEFAULT_VIEW).toString()).toBe('');
  });

  it('round-trips a view through the URL', () => {
    const view: InstanceListView = {
      filters: {
        q: 'web prod',
        region: ['eu-west-1'],
        state: ['running', 'pending'],
        type: ['t3.micro'],
        tag: ['team=payments', 'env=a,b'],
      },
      sort: '-launchTime',
      limit: 25,
    };

    expect(parseInstanceListSearch(toInstanceListSearch(view))).toEqual(view);
  });

  it('trims the free text it writes', () => {
    const view = { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, q: '  web  ' } };

    expect(toInstanceListSearch(view).get('q')).toBe('web');
  });
});

describe('toListInstancesParams', () => {
  it('sends only sort and limit when nothing is filtered', () => {
    expect(toListInstancesParams(DEFAULT_VIEW, null)).toEqual({ sort: 'name', limit: 50 });
  });

  it('sends filters and the cursor of the page asked for', () => {
    const view = {
      ...DEFAULT_VIEW,
      filters: { ...EMPTY_FILTERS, q: ' db ', state: ['stopped' as const] },
    };

    expect(toListInstancesParams(view, 'abc')).toEqual({
      q: 'db',
      state: ['stopped'],
      sort: 'name',
      limit: 50,
      cursor: 'abc',
    });
  });
});

describe('hasActiveFilters', () => {
  it('does not count whitespace-only free text as a filter', () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, q: '   ' })).toBe(false);
  });

  it('counts any list filter', () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, tag: ['team=a'] })).toBe(true);
  });
});

describe('foldedFilterCount', () => {
  it('counts each field after the search that holds something, not its values', () => {
    expect(
      foldedFilterCount({
        ...EMPTY_FILTERS,
        q: 'web',
        region: ['eu-west-1', 'us-east-1'],
        tag: ['team=a'],
      }),
    ).toBe(2);
  });

  it('counts none when only the search is set', () => {
    expect(foldedFilterCount({ ...EMPTY_FILTERS, q: 'web' })).toBe(0);
  });
});
