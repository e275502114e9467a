/**
 * Where a key moves focus in a data grid (WAI-ARIA APG, "Data Grid": one tab stop, arrow keys
 * between cells). Pure: the grid is described by its shape, so the rules are tested without a DOM.
 *
 * A position is a row, a column (the cell's index in its row) and an item: the cell's widget when
 * it holds several (an id and its copy button hold one; a cell with no widget is itself the item).
 */
export interface GridPosition {
  row: number;
  column: number;
  item: number;
}

export interface GridShape {
  rows: number;
  /** Cells in a row. */
  columns: (row: number) => number;
  /** Focus targets in a cell: its widgets, or 1 (the cell itself) when it has none. */
  items: (row: number, column: number) => number;
}

/** Rows that Page Up and Page Down move by. */
export const GRID_PAGE_ROWS = 10;

// Rows that the vertical keys move by (down is positive).
const ROW_STEPS: ReadonlyMap<string, number> = new Map([
  ['ArrowDown', 1],
  ['ArrowUp', -1],
  ['PageDown', GRID_PAGE_ROWS],
  ['PageUp', -GRID_PAGE_ROWS],
]);

const MOVES = new Set([...ROW_STEPS.keys(), 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** Whether the grid handles this key (the rest are the focused widget's own). */
export function isGridKey(key: string): boolean {
  return MOVES.has(key);
}

/**
 * The position a key moves to from `from`, or `from` itself at an edge (focus does not wrap:
 * the APG's grid stops at its first and last cells).
 *
 * @example
 * nextGridPosition({ row: 1, column: 0, item: 0 }, 'ArrowUp', false, shape); // { row: 0, column: 0, item: 0 }
 */
export function nextGridPosition(
  from: GridPosition,
  key: string,
  ctrlKey: boolean,
  shape: GridShape,
): GridPosition {
  const lastRow = shape.rows - 1;
  const lastColumn = (row: number): number => shape.columns(row) - 1;
  const lastItem = (row: number, column: number): number => shape.items(row, column) - 1;
  const step = ROW_STEPS.get(key);
  if (step !== undefined) {
    const row = Math.min(lastRow, Math.max(0, from.row + step));
    // Up and down keep the column (the nearest one, in a shorter row) and start at its first item.
    return row === from.row
      ? from
      : { row, column: Math.min(from.column, lastColumn(row)), item: 0 };
  }
  switch (key) {
    case 'ArrowRight':
      if (from.item < lastItem(from.row, from.column)) return { ...from, item: from.item + 1 };
      if (from.column < lastColumn(from.row))
        return { row: from.row, column: from.column + 1, item: 0 };
      return from;
    case 'ArrowLeft':
      if (from.item > 0) return { ...from, item: from.item - 1 };
      if (from.column > 0)
        return {
          row: from.row,
          column: from.column - 1,
          item: lastItem(from.row, from.column - 1),
        };
      return from;
    case 'Home': {
      const row = ctrlKey ? 0 : from.row;
      return { row, column: 0, item: 0 };
    }
    case 'End': {
      const row = ctrlKey ? lastRow : from.row;
      const column = lastColumn(row);
      return { row, column, item: lastItem(row, column) };
    }
    default:
      return from;
  }
}
