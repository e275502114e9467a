import { GRID_PAGE_ROWS, isGridKey, nextGridPosition, type GridShape } from './grid-position';

// A head row and 24 body rows of 4 cells; cell 1 of each body row holds two widgets (an id's
// text is no widget, but a cell with a link and a copy button holds two).
const shape: GridShape = {
  rows: 25,
  columns: () => 4,
  items: (row, column) => (row > 0 && column === 1 ? 2 : 1),
};
const at = (row: number, column: number, item = 0) => ({ row, column, item });

describe('nextGridPosition', () => {
  it('moves right through a cell’s widgets before the next cell, and left back through them', () => {
    expect(nextGridPosition(at(3, 0), 'ArrowRight', false, shape)).toEqual(at(3, 1, 0));
    expect(nextGridPosition(at(3, 1, 0), 'ArrowRight', false, shape)).toEqual(at(3, 1, 1));
    expect(nextGridPosition(at(3, 1, 1), 'ArrowRight', false, shape)).toEqual(at(3, 2, 0));
    expect(nextGridPosition(at(3, 2), 'ArrowLeft', false, shape)).toEqual(at(3, 1, 1));
    expect(nextGridPosition(at(3, 1, 1), 'ArrowLeft', false, shape)).toEqual(at(3, 1, 0));
  });

  it('stops at the edges instead of wrapping', () => {
    expect(nextGridPosition(at(3, 3), 'ArrowRight', false, shape)).toEqual(at(3, 3));
    expect(nextGridPosition(at(3, 0), 'ArrowLeft', false, shape)).toEqual(at(3, 0));
    expect(nextGridPosition(at(0, 2), 'ArrowUp', false, shape)).toEqual(at(0, 2));
    expect(nextGridPosition(at(24, 2), 'ArrowDown', false, shape)).toEqual(at(24, 2));
    expect(nextGridPosition(at(24, 2), 'PageDown', false, shape)).toEqual(at(24, 2));
    expect(nextGridPosition(at(0, 2), 'PageUp', false, shape)).toEqual(at(0, 2));
  });

  it('keeps the column going up and down, from its first widget, the head row included', () => {
    expect(nextGridPosition(at(3, 1, 1), 'ArrowDown', false, shape)).toEqual(at(4, 1, 0));
    expect(nextGridPosition(at(1, 1, 1), 'ArrowUp', false, shape)).toEqual(at(0, 1, 0));
  });

  it('keeps the nearest column in a shorter row', () => {
    const ragged: GridShape = { ...shape, columns: (row) => (row === 2 ? 2 : 4) };
    expect(nextGridPosition(at(1, 3), 'ArrowDown', false, ragged)).toEqual(at(2, 1, 0));
  });

  it('pages by ten rows, no further than the first or last row', () => {
    expect(nextGridPosition(at(3, 2), 'PageDown', false, shape)).toEqual(at(3 + GRID_PAGE_ROWS, 2));
    expect(nextGridPosition(at(20, 2), 'PageDown', false, shape)).toEqual(at(24, 2));
    expect(nextGridPosition(at(5, 2), 'PageUp', false, shape)).toEqual(at(0, 2));
  });

  it('goes to the row’s ends with Home and End, and the grid’s with Control', () => {
    expect(nextGridPosition(at(3, 2), 'Home', false, shape)).toEqual(at(3, 0));
    expect(nextGridPosition(at(3, 2), 'End', false, shape)).toEqual(at(3, 3));
    expect(nextGridPosition(at(3, 2), 'Home', true, shape)).toEqual(at(0, 0));
    expect(nextGridPosition(at(3, 2), 'End', true, shape)).toEqual(at(24, 3));
    const lastHoldsTwo: GridShape = { ...shape, items: (_row, column) => (column === 3 ? 2 : 1) };
    expect(nextGridPosition(at(3, 0), 'End', false, lastHoldsTwo)).toEqual(at(3, 3, 1));
  });

  it('leaves every other key to the focused widget', () => {
    expect(isGridKey('ArrowDown')).toBe(true);
    expect(isGridKey('Enter')).toBe(false);
    expect(isGridKey(' ')).toBe(false);
    expect(isGridKey('Tab')).toBe(false);
    expect(nextGridPosition(at(3, 2), 'Enter', false, shape)).toEqual(at(3, 2));
  });
});
