import { ENVIRONMENT_TAG_NAMES, TEAM_TAG_NAMES, findTag, sortedTags } from './instance-tags';

describe('findTag', () => {
  it('finds a tag whatever its capitalisation', () => {
    expect(findTag({ Team: 'payments' }, TEAM_TAG_NAMES)).toBe('payments');
  });

  it('prefers the first name in the list when several are present', () => {
    expect(findTag({ env: 'dev', Environment: 'prod' }, ENVIRONMENT_TAG_NAMES)).toBe('prod');
  });

  it('answers null when no such tag exists', () => {
    expect(findTag({ Name: 'web' }, TEAM_TAG_NAMES)).toBeNull();
  });
});

describe('sortedTags', () => {
  it('sorts by key and leaves out Name, already shown as the title', () => {
    expect(sortedTags({ team: 'a', Name: 'web', env: 'b' })).toEqual([
      ['env', 'b'],
      ['team', 'a'],
    ]);
  });
});
