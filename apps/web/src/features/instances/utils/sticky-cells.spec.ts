import { createTheme } from '@mui/material/styles';
import { ROW_CELL, rowCellStyles } from './row-cell-styles';
import { ACTIONS_WIDTH, pinnedPosition, SELECT_WIDTH, stickyCell } from './sticky-cells';

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
    const rows = rowCellStyles(theme, true, true)[`& td.${ROW_CELL}[data-column="name"]`];
    const head = stickyCell('name', false, true) as Record<string, unknown>;
    for (const property of ['left', 'zIndex'] as const)
      expect(rows).toHaveProperty(property, head[property]);
    // Pinned but on a phone, where it scrolls with the other columns.
    expect(head.position).toEqual({ xs: 'static', sm: 'sticky' });
    expect(rows).toHaveProperty('position', 'sticky');
    expect(rows).toHaveProperty([theme.breakpoints.down('sm'), 'position'], 'static');
  });

  it('gives Name, on a phone, the width the pinned select box and row menu leave', () => {
    const theme = createTheme();
    const phone = theme.breakpoints.down('sm');
    const name = (select: boolean, actions: boolean): unknown =>
      (
        rowCellStyles(theme, select, actions)[`& td.${ROW_CELL}[data-column="name"]`] as Record<
          string,
          Record<string, unknown>
        >
      )[phone]?.minWidth;

    expect(name(true, true)).toBe(`calc(100cqw - ${SELECT_WIDTH + ACTIONS_WIDTH}px)`);
    expect(name(false, true)).toBe(`calc(100cqw - ${ACTIONS_WIDTH}px)`);
    expect(name(false, false)).toBe('calc(100cqw - 0px)');
  });
});
