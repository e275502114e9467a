import type { SxProps, Theme } from '@mui/material/styles';

/** The select column's width: a small checkbox with MUI's `padding="checkbox"`. */
export const SELECT_WIDTH = 48;

/** The row menu's column: one icon button (40 px) and 8 px either side. */
export const ACTIONS_WIDTH = 56;

/** Which pinned column a cell belongs to. */
export type PinnedColumn = 'select' | 'name' | 'actions';

/**
 * Where a pinned cell sticks: the select box and Name on the left (Name after the select box when
 * the table has one), the row menu on the right; head cells above body cells. Plain CSS, shared by
 * {@link stickyCell} and the rows' table-level styles (`rowCellStyles`).
 *
 * @example
 * pinnedPosition('name', false, true); // { position: 'sticky', left: 48, zIndex: 1 }
 */
export function pinnedPosition(
  which: PinnedColumn,
  head = false,
  afterSelect = false,
): { position: 'sticky'; left?: number; right?: number; zIndex: number } {
  const side =
    which === 'actions'
      ? { right: 0 }
      : { left: which === 'name' && afterSelect ? SELECT_WIDTH : 0 };
  return { position: 'sticky', ...side, zIndex: head ? 3 : 1 };
}

/**
 * Styles that pin a cell while the table scrolls sideways (only when the operator shows more
 * columns than fit): the select box and Name on the left (Name not on a phone), the row menu on
 * the right. Pinned cells need an opaque background, or the cells sliding under them show through.
 *
 * @example
 * <TableCell sx={stickyCell('name', false, true)} />
 */
export function stickyCell(which: PinnedColumn, head = false, afterSelect = false): SxProps<Theme> {
  return {
    ...pinnedPosition(which, head, afterSelect),
    bgcolor: 'background.paper',
    // On a phone Name scrolls with the rest (see `phoneName`).
    ...(which === 'name'
      ? { position: { xs: 'static', sm: 'sticky' } }
      : fixedWidth(which === 'select' ? SELECT_WIDTH : ACTIONS_WIDTH)),
    // On a phone the table scrolls sideways under the row menu: a line marks where it does.
    ...(which === 'actions'
      ? { px: 1, borderLeft: { xs: 1, sm: 0 }, borderLeftColor: { xs: 'divider' } }
      : {}),
  };
}

function fixedWidth(width: number): SxProps<Theme> {
  return { width, minWidth: width, maxWidth: width, boxSizing: 'border-box' };
}
