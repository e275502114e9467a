import { tagEditOf, tagKeyProblem, tagRowsOf } from './tag-edit';

describe('tag edits', () => {
  const original = { Name: 'web-1', Owner: 'bo', Old: 'x', Team: 'payments' };

  it('lists every tag but Team, by key', () => {
    expect(tagRowsOf(original).map((row) => row.key)).toEqual(['Name', 'Old', 'Owner']);
  });

  it('sets new and changed tags and removes dropped keys, leaving Team alone', () => {
    const rows = [
      { key: 'Name', value: 'web-1' },
      { key: 'Owner', value: 'ana' },
      { key: 'Cost', value: 'cc-1' },
    ];

    expect(tagEditOf(original, rows)).toEqual({
      set: { Owner: 'ana', Cost: 'cc-1' },
      remove: ['Old'],
    });
  });

  it('sends nothing when nothing changed or a key is invalid', () => {
    expect(tagEditOf(original, tagRowsOf(original))).toBeNull();
    expect(
      tagEditOf(original, [...tagRowsOf(original), { key: 'Team', value: 'search' }]),
    ).toBeNull();
  });

  it('refuses empty, reserved, duplicate and Team keys', () => {
    const rows = [
      { key: 'a', value: '' },
      { key: 'a', value: '' },
    ];

    expect(tagKeyProblem('', rows)).toBe('Give a key.');
    expect(tagKeyProblem('aws:x', rows)).toMatch(/reserved/);
    expect(tagKeyProblem('a', rows)).toBe('This key is used twice.');
    expect(tagKeyProblem('Team', rows)).toMatch(/Move to team/);
  });
});
