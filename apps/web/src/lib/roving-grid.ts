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

  const isTarget = (element: HTMLElement | null): element is HTMLElement => {
    const cell = element ? cellOf(element) : null;
    return cell !== null && targetsIn(cell).includes(element as HTMLElement);
  };

  // Every target of these cells gets tabindex -1 but the active one, which gets 0; a cell that
  // has gained a widget loses the tabindex the grid gave it. `widgets`: the cells' widgets found
  // beforehand, for many cells at once (else one query per cell).
  const sweepCells = (
    cells: Iterable<HTMLTableCellElement>,
    widgets?: ReadonlyMap<Element, HTMLElement[]>,
  ): void => {
    for (const cell of cells) {
      const targets = widgets ? (widgets.get(cell) ?? [cell]) : targetsIn(cell);
      if (targets[0] !== cell && cell.hasAttribute(OWN_CELL)) {
        cell.removeAttribute(OWN_CELL);
        cell.removeAttribute('tabindex');
      }
      for (const target of targets) {
        if (target === cell && !cell.hasAttribute(OWN_CELL)) cell.setAttribute(OWN_CELL, '');
        setTabIndex(target, target === active ? '0' : '-1');
      }
    }
  };

  // The tab stop stays where it was while that is still a target; otherwise it goes to the
  // grid's first target (the first cell's first widget, or the cell).
  const keepTabStop = (): void => {
    if (isTarget(active)) return;
    const first = table.rows[0]?.cells[0];
    active = first ? (targetsIn(first)[0] ?? null) : null;
    if (active) setTabIndex(active, '0');
  };

  // The cells a batch of changes touched: the cell a change happened in, or every cell of the
  // rows and sections added. Only those are swept: sweeping the whole table after every change
  // cost the page 16 ms a change once the Audit page had loaded 2,000 records
  // (`npm run bench -- roving-grid`).
  const touchedCells = (records: readonly MutationRecord[]): Set<HTMLTableCellElement> => {
    const cells = new Set<HTMLTableCellElement>();
    const add = (cell: Element | null): void => {
      if (cell instanceof HTMLTableCellElement && table.contains(cell)) cells.add(cell);
    };
    for (const record of records) {
      const at = record.target instanceof Element ? record.target : record.target.parentElement;
      const cell = at?.closest('td, th') ?? null;
      if (cell && table.contains(cell)) {
        add(cell);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches('td, th')) add(node);
        else node.querySelectorAll('td, th').forEach(add);
      }
    }
    return cells;
  };

  const observer = new MutationObserver((records) => {
    sweepCells(touchedCells(records));
    keepTabStop();
    // Drop the records of the grid's own writes: nothing else can run in between.
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
    if (!isTarget(target)) return;
    const cell = cellOf(target) as HTMLTableCellElement;
    if (active && active !== target) setTabIndex(active, '-1');
    active = target;
    setTabIndex(target, '0');
    if (table.parentElement) revealBesidePinned(cell, table.parentElement);
  };

  // The whole table at once: one query for its widgets, each filed under its cell (a query per
  // cell took attaching to 2,000 records from 25 to 36 ms).
  const widgetsByCell = new Map<Element, HTMLElement[]>();
  for (const widget of table.querySelectorAll(WIDGETS)) {
    const cell = widget.closest('td, th');
    if (!cell || !isWidget(widget)) continue;
    const inCell = widgetsByCell.get(cell);
    if (inCell) inCell.push(widget);
    else widgetsByCell.set(cell, [widget]);
  }
  sweepCells(table.querySelectorAll('td, th'), widgetsByCell);
  keepTabStop();
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
