import { createTheme } from '@mui/material/styles';
import { ROW_CELL, rowCellStyles } from './row-cell-styles';
import { pinnedPosition, SELECT_WIDTH, stickyCell } from './sticky-cells';

describe('pinned cells', () => {
  it('sticks Name after the select box when the table has one, the row menu on the right', () => {
    expect(pinnedPosition('name', false, true)).toEqual({
      position: 'sticky',
      left: SELECT_WIDTH,
      zIndex: 1,
    });
    expect(pinnedPosition('name')).toEqual({ position: 'sticky', left: 0, zIndex: 1 });
    expect(pinnedPosition('actions', true)).toEqual({ position: 'sticky', right: 0, zIndex: 3 });
  });

  it('pins the rows’ plain Name cells as stickyCell pins a Name cell in the body', () => {
    const theme = createTheme();
    const rows = rowCellStyles(theme, true)[`& td.${ROW_CELL}[data-column="name"]`];
    const head = stickyCell('name', false, true) as Record<string, unknown>;
    for (const property of ['position', 'left', 'zIndex'] as const)
      expect(rows).toHaveProperty(property, head[property]);
  });
});
