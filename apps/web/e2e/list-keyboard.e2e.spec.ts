import type { Page } from 'playwright-core';
import { adminListPagePerTest, ROW } from './support/instance-list-page';

// The instance list as a keyboard user meets it: the table is a data grid (one tab stop, arrow
// keys between cells), so the actions for a selection are a few Tabs away from any row.
jest.setTimeout(120_000);

let page: Page;

const openList = adminListPagePerTest((opened) => {
  page = opened;
});

const GRID = '[role="grid"][aria-label="Instances"]';

/** Where the focus is: its row in the grid (0 is the head), the cell's column, its label. */
interface Focus {
  inGrid: boolean;
  row: number;
  column: string;
  label: string;
  instanceId: string;
}

async function focus(): Promise<Focus> {
  return page.evaluate((grid) => {
    const element = document.activeElement as HTMLElement | null;
    const cell = element?.closest('td, th');
    const row = cell?.parentElement as HTMLTableRowElement | undefined;
    return {
      inGrid: Boolean(element?.closest(grid)),
      row: row?.rowIndex ?? -1,
      column: (cell as HTMLElement | undefined)?.dataset['column'] ?? '',
      label: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
      instanceId: row?.dataset['instanceId'] ?? '',
    };
  }, GRID);
}

/** The focused element's box, and whether what is drawn at its centre belongs to it (or its cell). */
async function focusedOnTop(): Promise<{ top: number; bottom: number; onTop: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const box = element.getBoundingClientRect();
    const mine = element.closest('td, th') ?? element;
    // A checkbox's input is invisible; its visible box is the parent's.
    const drawn = element.matches('input') ? (element.parentElement as HTMLElement) : element;
    const shown = drawn.getBoundingClientRect();
    const atCentre = document.elementFromPoint(
      shown.left + shown.width / 2,
      shown.top + shown.height / 2,
    );
    return {
      top: box.top,
      bottom: box.bottom,
      onTop: atCentre !== null && mine.contains(atCentre),
    };
  });
}

/**
 * Waits until every row's lazily drawn parts (checkbox, sparkline, row menu) are in, and the
 * grid's code (a chunk of its own, after the rows) has taken the rows' links out of the tab order.
 */
async function waitForRowsDrawn(): Promise<void> {
  await page.locator(`${ROW} a[href][tabindex="-1"]`).first().waitFor({ state: 'attached' });
  const last = page.locator(ROW).last();
  await last.getByTestId('select-instance').locator('input').waitFor();
  await last.getByTestId('instance-actions').waitFor();
  await page.locator(`${ROW} [data-testid="cpu-sparkline-loading"]`).first().waitFor({
    state: 'detached',
  });
}

// The cells whose detail is a tooltip: the grid focuses their content, and the tooltip shows.
const TOOLTIP_COLUMNS = ['checks', 'alarms', 'cpu'];

/**
 * Waits for the focused element's tooltip: one on screen whose text is in the element's
 * accessible name (a health pill's "label. description", an empty cell's why, the CPU line's
 * summary). Fails the test on timeout.
 */
async function tooltipOfFocused(): Promise<void> {
  await page.waitForFunction(() => {
    const focused = document.activeElement;
    const name =
      focused?.getAttribute('aria-label') ??
      focused?.querySelector('[aria-label]')?.getAttribute('aria-label') ??
      '';
    return [...document.querySelectorAll('[role="tooltip"]')].some((tooltip) => {
      const text = tooltip.textContent?.trim() ?? '';
      return text !== '' && name.includes(text);
    });
  });
}

/** Focuses the control just before the table (the column chooser), then tabs into the grid. */
async function tabIntoGrid(): Promise<void> {
  await page.getByTestId('column-chooser').focus();
  await page.keyboard.press('Tab');
}

describe('instance list, keyboard', () => {
  it('is one tab stop: Tab enters the grid once and leaves it with the next Tab', async () => {
    await openList('?limit=50');
    await waitForRowsDrawn();
    // Of the table's links, checkboxes and buttons (about 5 a row), one is in the tab order.
    const tabStops = await page.$$eval(
      `${GRID} :is(a[href], button, input, [tabindex]):not([tabindex="-1"]):not(:disabled)`,
      (elements) => elements.length,
    );
    expect(tabStops).toBe(1);

    await tabIntoGrid();
    expect(await focus()).toMatchObject({
      inGrid: true,
      row: 0,
      label: 'Select the rows on this page',
    });
    await page.keyboard.press('Tab');
    expect((await focus()).inGrid).toBe(false);

    // Back in, the grid returns to the cell last focused.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const name = await focus();
    expect(name).toMatchObject({ row: 1, column: 'name' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focus()).toEqual(name);
  });

  it('selects row 30 and reaches the bulk actions in a few Tabs, every focused row in view', async () => {
    await openList('?limit=50');
    await waitForRowsDrawn();
    const ids = await page.$$eval(ROW, (rows) => rows.map((row) => row.dataset['instanceId']));
    await tabIntoGrid();
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('PageDown');
    const row30 = await focus();
    expect(row30).toMatchObject({ row: 30, instanceId: ids[29] });
    expect(row30.label).toMatch(/^Select /);
    const appBar = (await page.locator('header').first().boundingBox()) ?? { y: 0, height: 0 };
    expect(await focusedOnTop()).toMatchObject({ onTop: true });

    await page.keyboard.press('Space');
    const toolbar = page.getByTestId('bulk-toolbar');
    await toolbar.waitFor();
    expect(await page.getByTestId('selected-count').textContent()).toBe('1 selected');
    // A screen reader hears the row selected (a grid's rows carry aria-selected).
    const selectedRows = await page.$$eval(`${ROW}[aria-selected="true"]`, (rows) =>
      rows.map((row) => row.dataset['instanceId']),
    );
    expect(selectedRows).toEqual([ids[29]]);
    expect(await page.locator(`${ROW}[aria-selected="false"]`).count()).toBe(ids.length - 1);

    // Down past the window's foot: each row is scrolled up above the bar that sticks there.
    for (let press = 0; press < 10; press += 1) {
      await page.keyboard.press('ArrowDown');
      const bar = (await toolbar.boundingBox()) ?? { y: 0 };
      const shown = await focusedOnTop();
      expect(shown.onTop).toBe(true);
      expect(shown.bottom).toBeLessThanOrEqual(bar.y);
    }
    // And up again: each row comes into view below the fixed app bar, not under it.
    for (let press = 0; press < 3; press += 1) {
      await page.keyboard.press('PageUp');
      const shown = await focusedOnTop();
      expect(shown.onTop).toBe(true);
      expect(shown.top).toBeGreaterThanOrEqual(appBar.y + appBar.height);
    }
    expect((await focus()).row).toBe(10);

    // From the grid, Tab passes the paging (rows per page, previous, next) to the bar's actions.
    let tabs = 0;
    while (!(await toolbar.evaluate((bar) => bar.contains(document.activeElement)))) {
      await page.keyboard.press('Tab');
      tabs += 1;
      if (tabs > 20) break;
    }
    expect(tabs).toBeLessThanOrEqual(4);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
  });

  it('moves along a row with the arrow keys, the table scrolling each cell clear of the pinned ones', async () => {
    // Narrower than the default columns: the table scrolls sideways under Name and the row menu.
    await page.setViewportSize({ width: 900, height: 800 });
    await openList('?limit=10');
    await waitForRowsDrawn();
    await tabIntoGrid();
    await page.keyboard.press('ArrowDown');
    const visited: string[] = [];
    for (let press = 0; press < 30; press += 1) {
      const here = await focus();
      expect(here.row).toBe(1);
      if (visited.at(-1) !== here.column) visited.push(here.column);
      expect(await focusedOnTop()).toMatchObject({ onTop: true });
      if (TOOLTIP_COLUMNS.includes(here.column)) await tooltipOfFocused();
      if (here.column === 'actions') break;
      await page.keyboard.press('ArrowRight');
    }
    // Every column in order, the id's copy button and the menu included.
    expect(visited.slice(0, 3)).toEqual(['', 'name', 'id']);
    expect(visited).toEqual(expect.arrayContaining(TOOLTIP_COLUMNS));
    expect(visited.at(-1)).toBe('actions');
    expect(await focus()).toMatchObject({ label: expect.stringMatching(/^Actions for /) });

    await page.keyboard.press('Home');
    expect(await focus()).toMatchObject({ row: 1, column: '' });
    expect(await focusedOnTop()).toMatchObject({ onTop: true });
    await page.keyboard.press('Control+End');
    expect(await focus()).toMatchObject({ row: 10, column: 'actions' });
  });

  it('opens an instance from its name link with Enter', async () => {
    await openList('?limit=10');
    await waitForRowsDrawn();
    await tabIntoGrid();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const { instanceId, column } = await focus();
    expect(column).toBe('name');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith(`/${instanceId}`));
  });
});
