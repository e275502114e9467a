import type { SxProps, Theme } from '@mui/material/styles';

/** The select column's width: a small checkbox with MUI's `padding="checkbox"`. */
export const SELECT_WIDTH = 48;

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
 * columns than fit): the select box and Name on the left, the row menu on the right. Pinned cells
 * need an opaque background, or the cells sliding under them show through.
 *
 * @example
 * <TableCell sx={stickyCell('name', false, true)} />
 */
export function stickyCell(which: PinnedColumn, head = false, afterSelect = false): SxProps<Theme> {
  return {
    ...pinnedPosition(which, head, afterSelect),
    bgcolor: 'background.paper',
    ...(which === 'select'
      ? {
          width: SELECT_WIDTH,
          minWidth: SELECT_WIDTH,
          maxWidth: SELECT_WIDTH,
          boxSizing: 'border-box',
        }
      : {}),
  };
}
