import { isGridKey, nextGridPosition, type GridPosition, type GridShape } from './grid-position';

// What takes focus in a cell: links, native controls (MUI's Checkbox focuses its input) and
// elements given a tab index (MUI's role="button" spans, such as the sort labels). Native ones
// keep matching once the grid has set their tabindex to -1.
const WIDGETS =
  'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not(td):not(th)';
// A cell the grid made focusable itself, because it holds no widget: read by screen readers as
// the grid's users move through it.
const OWN_CELL = 'data-grid-cell';

function isWidget(element: Element): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    !element.matches(':disabled') &&
    element.getAttribute('aria-disabled') !== 'true' &&
    element.closest('[aria-hidden="true"]') === null
  );
}

function widgetsIn(cell: HTMLTableCellElement): HTMLElement[] {
  return Array.from(cell.querySelectorAll(WIDGETS)).filter(isWidget);
}

function setTabIndex(element: HTMLElement, value: '0' | '-1'): void {
  if (element.getAttribute('tabindex') !== value) element.setAttribute('tabindex', value);
}

// Typing keys belong to a field, even in a grid.
function isTextEntry(element: HTMLElement): boolean {
  return (
    element.isContentEditable ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(element.type))
  );
}

/**
 * Scrolls a table sideways so a cell is not under its pinned (sticky) cells: the browser brings a
 * focused element into the scroller's view, blind to what sticks over it.
 */
function revealBesidePinned(cell: HTMLTableCellElement, scroller: HTMLElement): void {
  if (getComputedStyle(cell).position === 'sticky') return;
  const view = scroller.getBoundingClientRect();
  let left = view.left;
  let right = view.right;
  for (const other of (cell.parentElement as HTMLTableRowElement).cells) {
    if (other === cell || getComputedStyle(other).position !== 'sticky') continue;
    const box = other.getBoundingClientRect();
    if (other.cellIndex < cell.cellIndex) left = Math.max(left, box.right);
    else right = Math.min(right, box.left);
  }
  const box = cell.getBoundingClientRect();
  if (box.left < left) scroller.scrollLeft -= left - box.left;
  else if (box.right > right) scroller.scrollLeft += Math.min(box.right - right, box.left - left);
}

/**
 * Makes a table a data grid for the keyboard (WAI-ARIA APG "Data Grid"): one tab stop, the
 * arrow keys, Home, End (with Control: the grid's ends), Page Up and Page Down move between
 * cells, and Tab leaves the grid. A cell's widget takes the focus itself (a link, a checkbox, a
 * button; left and right step through a cell's widgets); a cell without one is focused whole.
 * The last cell focused keeps the tab stop, so Tab and Shift+Tab return to it.
 *
 * Before, every link, checkbox and button of 50 rows was its own tab stop: a keyboard user who
 * selected row 30 tabbed through the rest of the rows to reach the actions after the table.
 *
 * It works on the DOM React draws, whatever draws the cells (some arrive later, in lazy chunks):
 * a MutationObserver hands the tab stop out again after each change. Returns the clean-up.
 *
 * @example
 * useEffect(() => (table.current ? rovingGrid(table.current) : undefined), []);
 */
export function rovingGrid(table: HTMLTableElement): () => void {
  let active: HTMLElement | null = null;

  const cellOf = (element: HTMLElement): HTMLTableCellElement | null => {
    const cell = element.closest('td, th');
    return cell instanceof HTMLTableCellElement && table.contains(cell) ? cell : null;
  };

  const targetsIn = (cell: HTMLTableCellElement): HTMLElement[] => {
    const widgets = widgetsIn(cell);
    return widgets.length > 0 ? widgets : [cell];
  };

  // Every target gets tabindex -1 but the active one, which gets 0; a cell that has gained a
  // widget loses the tabindex the grid gave it. One query for the whole table, each widget then
  // filed under its cell: a query per cell made a change cost the page 29 ms once the Audit
  // page had loaded 2,000 records, this 16 ms (`npm run bench -- roving-grid`).
  const sweep = (): void => {
    const widgetsByCell = new Map<Element, HTMLElement[]>();
    for (const widget of table.querySelectorAll(WIDGETS)) {
      const cell = widget.closest('td, th');
      if (!cell || !isWidget(widget)) continue;
      const inCell = widgetsByCell.get(cell);
      if (inCell) inCell.push(widget);
      else widgetsByCell.set(cell, [widget]);
    }
    const targets: HTMLElement[] = [];
    for (const row of table.rows) {
      for (const cell of row.cells) {
        const inCell = widgetsByCell.get(cell) ?? [cell];
        if (inCell[0] !== cell && cell.hasAttribute(OWN_CELL)) {
          cell.removeAttribute(OWN_CELL);
          cell.removeAttribute('tabindex');
        }
        targets.push(...inCell);
      }
    }
    if (active === null || !targets.includes(active)) active = targets[0] ?? null;
    for (const target of targets) {
      if (target instanceof HTMLTableCellElement && !target.hasAttribute(OWN_CELL))
        target.setAttribute(OWN_CELL, '');
      setTabIndex(target, target === active ? '0' : '-1');
    }
  };

  const observer = new MutationObserver(() => {
    sweep();
    // Drop the records of the sweep's own writes: nothing else can run in between.
    observer.takeRecords();
  });

  const positionOf = (element: HTMLElement): GridPosition | null => {
    const cell = cellOf(element);
    if (!cell) return null;
    const row = cell.parentElement as HTMLTableRowElement;
    const item = targetsIn(cell).indexOf(element);
    return { row: row.rowIndex, column: cell.cellIndex, item: Math.max(item, 0) };
  };

  const shape: GridShape = {
    get rows() {
      return table.rows.length;
    },
    columns: (row) => table.rows[row]?.cells.length ?? 0,
    items: (row, column) => {
      const cell = table.rows[row]?.cells[column];
      return cell ? targetsIn(cell).length : 1;
    },
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const from = event.target instanceof HTMLElement ? event.target : null;
    if (event.defaultPrevented || event.altKey || event.metaKey || !isGridKey(event.key)) return;
    if (!from || isTextEntry(from)) return;
    const position = positionOf(from);
    if (!position) return;
    const to = nextGridPosition(position, event.key, event.ctrlKey, shape);
    // The grid's keys are the grid's, at its edges too: the page does not scroll instead.
    event.preventDefault();
    const cell = table.rows[to.row]?.cells[to.column];
    if (cell) targetsIn(cell)[to.item]?.focus();
  };

  // Focus from anywhere (a key, a click, a screen reader's own move) makes that target the tab stop.
  const onFocusIn = (event: FocusEvent): void => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    const cell = target ? cellOf(target) : null;
    if (!target || !cell || !targetsIn(cell).includes(target)) return;
    if (active && active !== target) setTabIndex(active, '-1');
    active = target;
    setTabIndex(target, '0');
    if (table.parentElement) revealBesidePinned(cell, table.parentElement);
  };

  sweep();
  observer.observe(table, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['tabindex', 'disabled', 'aria-disabled', 'aria-hidden', 'href'],
  });
  table.addEventListener('keydown', onKeyDown);
  table.addEventListener('focusin', onFocusIn);
  return () => {
    observer.disconnect();
    table.removeEventListener('keydown', onKeyDown);
    table.removeEventListener('focusin', onFocusIn);
  };
}
