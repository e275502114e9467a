import type { SxProps, Theme } from '@mui/material/styles';

/** The select column's width: a small checkbox with MUI's `padding="checkbox"`. */
export const SELECT_WIDTH = 48;

/**
 * Styles that pin a cell while the table scrolls sideways (only when the operator shows more
 * columns than fit): the select box and Name on the left, the row menu on the right. Pinned cells
 * need an opaque background, or the cells sliding under them show through.
 *
 * @example
 * <TableCell sx={stickyCell('name', false, true)} />
 */
export function stickyCell(
  which: 'select' | 'name' | 'actions',
  head = false,
  afterSelect = false,
): SxProps<Theme> {
  const side =
    which === 'actions'
      ? { right: 0 }
      : { left: which === 'name' && afterSelect ? SELECT_WIDTH : 0 };
  return {
    position: 'sticky',
    ...side,
    zIndex: head ? 3 : 1,
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
