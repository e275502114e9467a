import { INSTANCE_COLUMNS, shownColumns } from './instance-columns';

describe('shownColumns', () => {
  it('shows the default set when the operator has chosen nothing', () => {
    const ids = shownColumns(null).map((column) => column.id);

    expect(ids).not.toContain('privateIp');
    expect(ids).toEqual(expect.arrayContaining(['name', 'state', 'checks', 'alarms', 'publicIp']));
  });

  it('keeps the table order whatever order the choice was saved in', () => {
    const ids = shownColumns(['team', 'state', 'name']).map((column) => column.id);

    expect(ids).toEqual(['name', 'state', 'team']);
  });

  it('always shows Name and ignores columns it does not know', () => {
    const ids = shownColumns(['gone', 'state']).map((column) => column.id);

    expect(ids).toEqual(['name', 'state']);
  });

  it('offers every column', () => {
    expect(shownColumns(INSTANCE_COLUMNS.map((column) => column.id))).toHaveLength(
      INSTANCE_COLUMNS.length,
    );
  });
});
