import { COLUMN_IDS, shownColumns } from './instance-columns';

const chosen = (shown: readonly string[], known: readonly string[] = COLUMN_IDS) => ({
  shown,
  known,
});

describe('shownColumns', () => {
  it('shows the default set when the operator has chosen nothing', () => {
    const ids = shownColumns(null).map((column) => column.id);

    expect(ids).not.toContain('privateIp');
    expect(ids).toEqual(expect.arrayContaining(['name', 'state', 'checks', 'alarms', 'publicIp']));
  });

  it('keeps the table order whatever order the choice was saved in', () => {
    const ids = shownColumns(chosen(['team', 'state', 'name'])).map((column) => column.id);

    expect(ids).toEqual(['name', 'state', 'team']);
  });

  it('always shows Name and ignores columns it does not know', () => {
    const ids = shownColumns(chosen(['gone', 'state'])).map((column) => column.id);

    expect(ids).toEqual(['name', 'state']);
  });

  it('offers every column', () => {
    expect(shownColumns(chosen(COLUMN_IDS))).toHaveLength(COLUMN_IDS.length);
  });

  it('shows a default column added after the choice was made, and keeps hidden what was hidden', () => {
    const before = COLUMN_IDS.filter((id) => id !== 'alarms' && id !== 'environment');
    const ids = shownColumns(chosen(['name', 'state'], before)).map((column) => column.id);

    // Alarms shows by default and joined later; Environment joined later but is off by default;
    // the Type column existed and was left out: it stays out.
    expect(ids).toEqual(['name', 'state', 'alarms']);
  });
});
