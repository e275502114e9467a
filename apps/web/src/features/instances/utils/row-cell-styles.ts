import type { CSSObject, Theme } from '@mui/material/styles';
import { ACTIONS_WIDTH, pinnedPosition, SELECT_WIDTH } from './sticky-cells';

/** The class of a row's data cells: plain `<td>`s, styled by the table (see {@link rowCellStyles}). */
export const ROW_CELL = 'instance-cell';

/** The attribute that marks a row's pinned cells (select box, Name, row menu): `data-pinned`. */
export const PINNED = 'data-pinned';

/**
 * The table-level styles of the rows' data cells: the look of MUI's small body `TableCell` (the
 * theme's body2, its divider, nowrap), dense, with Name pinned while the table scrolls sideways.
 * A page holds 50 rows of up to 13 data cells: as `TableCell`s each one worked out the same styles
 * again at every draw (a third of a page's styled elements); as plain cells the table styles them
 * once.
 *
 * On a phone, Name takes the width the pinned select box and row menu leave (the table's container
 * is a size container) and scrolls with the rest: the first screen shows a row's select box, name
 * and menu, and scrolling sideways brings the columns after Name between the select box and the
 * menu, where a 13 px sliver of the Instance id was all a phone could see of them.
 *
 * @example
 * <Table sx={(theme) => rowCellStyles(theme, selectable, true)}>
 */
export function rowCellStyles(theme: Theme, afterSelect: boolean, withActions: boolean): CSSObject {
  const palette = (theme.vars ?? theme).palette;
  const pinnedBeside = (afterSelect ? SELECT_WIDTH : 0) + (withActions ? ACTIONS_WIDTH : 0);
  return {
    [`& td.${ROW_CELL}`]: {
      ...(theme.typography.body2 as CSSObject),
      fontSize: '0.8125rem',
      color: palette.text.primary,
      whiteSpace: 'nowrap',
      // The whole row opens the instance (InstanceRow's click).
      cursor: 'pointer',
      textAlign: 'left',
      verticalAlign: 'inherit',
      padding: theme.spacing(0.75, 0.5),
      borderBottom: `1px solid ${theme.vars?.palette.TableCell.border ?? palette.divider}`,
    },
    [`& tr:last-child td.${ROW_CELL}`]: { borderBottom: 0 },
    [`& td.${ROW_CELL}[data-column="name"]`]: {
      ...pinnedPosition('name', false, afterSelect),
      // Opaque, as every pinned cell: the cells sliding under it must not show through.
      backgroundColor: palette.background.paper,
      [theme.breakpoints.down('sm')]: phoneName(pinnedBeside),
    },
    // Opaque pinned cells would hide the row's hover and selection tint, so a selected row's
    // band stopped short of its own checkbox and name. The tint (MUI TableRow's colours) is laid
    // over their paper instead: a hovered or selected row reads as one band, end to end.
    [`& tr.MuiTableRow-hover:hover > [${PINNED}]`]: overlay(palette.action.hover),
    [`& tr.Mui-selected > [${PINNED}]`]: overlay(
      theme.alpha(palette.primary.main, palette.action.selectedOpacity),
    ),
    [`& tr.Mui-selected.MuiTableRow-hover:hover > [${PINNED}]`]: overlay(
      theme.alpha(
        palette.primary.main,
        `${palette.action.selectedOpacity} + ${palette.action.hoverOpacity}`,
      ),
    ),
  };
}

/**
 * Name on a phone: as wide as the pinned select box and row menu leave, and not pinned itself —
 * pinned, it left the columns after it a 13 px window to scroll through.
 */
function phoneName(pinnedBeside: number): CSSObject {
  return { position: 'static', minWidth: `calc(100cqw - ${pinnedBeside}px)` };
}

// A translucent colour laid over a cell's own opaque background.
function overlay(color: string): CSSObject {
  return { backgroundImage: `linear-gradient(${color}, ${color})` };
}
