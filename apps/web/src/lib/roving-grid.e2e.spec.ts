import type { Browser, Page } from 'playwright-core';
import { build } from 'esbuild';
import { join } from 'node:path';
import { launchBrowser } from '@fleet/testing';

// The keyboard grid on its own, in Chromium: after each change in the table it sweeps only the
// cells the change touched (not the whole table, which cost 16 ms a change at 2,000 rows), so
// these cases check what a whole sweep guaranteed still holds after every kind of change the
// tables see: exactly one tab stop, every other widget out of the tab order, every cell without a
// widget focusable by the grid alone.

let browser: Browser;
let page: Page;

// One row as the Audit page draws it: a focusable time, text, a trace link, an instance link.
const ROW =
  '<td><span tabindex="-1">12:00:00</span></td><td>outcome</td>' +
  '<td><a href="/traces/1">trace</a></td><td><a href="/instances/i-1">i-1</a></td>';

beforeAll(async () => {
  const script = await build({
    entryPoints: [join(__dirname, 'roving-grid.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'grid',
    write: false,
    target: 'chrome120',
  });
  browser = await launchBrowser();
  page = await browser.newPage();
  // Everything here is in the page already: a missing element is a failure, not something to wait for.
  page.setDefaultTimeout(2_000);
  await page.addScriptTag({ content: script.outputFiles[0]?.text ?? '' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  // A fresh table of 3 rows under the grid, with a header row of plain text.
  await page.evaluate((row) => {
    document.body.innerHTML = `<table><thead><tr><th>Time</th><th>Kind</th><th>Outcome</th><th>Instance</th></tr></thead><tbody>${`<tr>${row}</tr>`.repeat(3)}</tbody></table>`;
    const table = document.querySelector('table') as HTMLTableElement;
    (
      window as unknown as { grid: { rovingGrid: (table: HTMLTableElement) => void } }
    ).grid.rovingGrid(table);
  }, ROW);
});

interface TabOrder {
  /** What holds the tab stop, as `row:column:tag`. */
  stops: string[];
  /** Widgets and cells the grid should have taken out of the tab order but did not. */
  missed: string[];
  /** Cells the grid marked as its own though they hold a widget. */
  wrongOwn: number;
}

/** The table's tab order once the grid's observer has run. */
async function tabOrder(): Promise<TabOrder> {
  return page.evaluate(async () => {
    await Promise.resolve(); // the observer's callback runs at the end of the change's microtask
    const where = (element: Element): string => {
      const cell = element.closest('td, th') as HTMLTableCellElement;
      return `${(cell.parentElement as HTMLTableRowElement).rowIndex}:${cell.cellIndex}:${element.tagName.toLowerCase()}`;
    };
    const table = document.querySelector('table') as HTMLTableElement;
    const widgets = [...table.querySelectorAll('a[href], button:not(:disabled), span[tabindex]')];
    const bare = [...table.querySelectorAll('td, th')].filter(
      (cell) => !cell.querySelector('a[href], button:not(:disabled), span[tabindex]'),
    );
    const all = [...widgets, ...bare];
    return {
      stops: all.filter((element) => element.getAttribute('tabindex') === '0').map(where),
      missed: all.filter((element) => !element.hasAttribute('tabindex')).map(where),
      wrongOwn: [...table.querySelectorAll('[data-grid-cell]')].filter((cell) =>
        cell.querySelector('a[href], button:not(:disabled), span[tabindex]'),
      ).length,
    };
  });
}

describe('rovingGrid, change by change', () => {
  it('starts with one tab stop, on the first cell', async () => {
    expect(await tabOrder()).toEqual({ stops: ['0:0:th'], missed: [], wrongOwn: 0 });
  });

  it('takes appended rows out of the tab order, and keeps the tab stop where it was', async () => {
    await page.focus('tbody tr:nth-child(2) a');
    await page.evaluate((row) => {
      const body = document.querySelector('tbody') as HTMLTableSectionElement;
      for (let index = 0; index < 50; index += 1)
        body.insertAdjacentHTML('beforeend', `<tr>${row}</tr>`);
    }, ROW);

    expect(await tabOrder()).toEqual({ stops: ['2:2:a'], missed: [], wrongOwn: 0 });
  });

  it('hands the tab stop back to the first cell when its row is removed', async () => {
    await page.focus('tbody tr:nth-child(3) a');
    await page.evaluate(() => document.querySelector('tbody tr:nth-child(3)')?.remove());

    expect(await tabOrder()).toEqual({ stops: ['0:0:th'], missed: [], wrongOwn: 0 });
  });

  it('hands the tab stop back when its widget is disabled, and takes it again once enabled', async () => {
    await page.evaluate(() => {
      const cell = document.querySelector('tbody tr:nth-child(2) td:nth-child(2)') as HTMLElement;
      cell.innerHTML = '<button>Retry</button>';
    });
    expect(await tabOrder()).toEqual({ stops: ['0:0:th'], missed: [], wrongOwn: 0 });
    await page.focus('tbody button');
    expect((await tabOrder()).stops).toEqual(['2:1:button']);

    await page.evaluate(() => document.querySelector('tbody button')?.setAttribute('disabled', ''));
    // The disabled button keeps no stop of its own: the cell, now bare, is the grid's again.
    const order = await tabOrder();
    expect(order.stops).toEqual(['0:0:th']);
    expect(order.missed).toEqual([]);
  });

  it('gives a cell whose widget is removed back to the grid, and takes it from one that gains one', async () => {
    await page.evaluate(() => {
      const rows = document.querySelectorAll('tbody tr');
      rows[0]?.querySelector('td:nth-child(3)')?.replaceChildren('no trace');
      (rows[1]?.querySelector('td:nth-child(2)') as HTMLElement).innerHTML = '<a href="/x">x</a>';
    });

    expect(await tabOrder()).toEqual({ stops: ['0:0:th'], missed: [], wrongOwn: 0 });
  });

  it('sweeps a whole body drawn anew, as when the rows are replaced by a new query', async () => {
    await page.focus('tbody tr:nth-child(1) a');
    await page.evaluate((row) => {
      const table = document.querySelector('table') as HTMLTableElement;
      const body = document.createElement('tbody');
      body.innerHTML = `<tr>${row}</tr>`.repeat(5);
      table.tBodies[0]?.replaceWith(body);
    }, ROW);

    expect(await tabOrder()).toEqual({ stops: ['0:0:th'], missed: [], wrongOwn: 0 });
  });
});
