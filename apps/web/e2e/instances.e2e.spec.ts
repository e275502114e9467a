import type { Page } from 'playwright-core';
import { dashboardUrl } from '@fleet/testing';
import { adminListPagePerTest, ROW } from './support/instance-list-page';

// The dashboard built and served by `vite preview`, against the API and the seeded multi-region
// fleet of the local stack that jest's globalSetup started.
// A real browser, a built dashboard and Lambda functions under serverless-offline: the first
// calls pay the functions' cold start (20 s and more on a busy 2-core machine), later ones 1-3 s.
jest.setTimeout(120_000);

let page: Page;

const openList = adminListPagePerTest((opened) => {
  page = opened;
});

async function rowIds(): Promise<string[]> {
  return page.$$eval(ROW, (rows) => rows.map((row) => row.getAttribute('data-instance-id') ?? ''));
}

async function rowRegions(): Promise<string[]> {
  return page.$$eval(ROW, (rows) => rows.map((row) => row.getAttribute('data-region') ?? ''));
}

/** The regions this dashboard was configured with, read the way the dashboard reads them. */
async function configuredRegions(): Promise<string[]> {
  const response = await fetch(dashboardUrl('/config.json'));
  const config = (await response.json()) as { regions: string[] };
  return config.regions;
}

/** Waits until the rows on screen are no longer exactly `previous` (a new page or filter landed). */
async function waitForRowsOtherThan(previous: string[]): Promise<void> {
  await page.waitForFunction(
    ({ selector, before }) => {
      const ids = [...document.querySelectorAll(selector)].map((row) =>
        row.getAttribute('data-instance-id'),
      );
      return ids.length > 0 && ids.join(',') !== before.join(',');
    },
    { selector: ROW, before: previous },
  );
}

describe('instances page', () => {
  it('shows seeded instances from every configured region', async () => {
    const regions = await configuredRegions();
    expect(regions.length).toBeGreaterThan(1);

    for (const region of regions) {
      await openList(`?region=${region}&limit=100`);

      const shown = await rowRegions();
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(new Set([region]));
    }
  });

  it('narrows the rows with the free-text filter', async () => {
    await openList('?limit=100');
    const before = await rowIds();
    expect(before.length).toBeGreaterThan(1);
    const target = before[Math.floor(before.length / 2)] ?? '';

    await page.getByRole('searchbox', { name: 'Search' }).fill(target);
    await waitForRowsOtherThan(before);

    const after = await rowIds();
    expect(after).toContain(target);
    expect(after.length).toBeLessThan(before.length);
    expect(new URL(page.url()).searchParams.get('q')).toBe(target);
  });

  it('shows different rows on the next page', async () => {
    await openList('?limit=5');
    const firstPage = await rowIds();
    expect(firstPage).toHaveLength(5);

    await page.getByRole('button', { name: 'Next page' }).click();
    await waitForRowsOtherThan(firstPage);

    const secondPage = await rowIds();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    await expect(page.getByTestId('page-indicator').textContent()).resolves.toContain('Page 2');
  });

  it('returns to the first rows with the previous page button', async () => {
    await openList('?limit=5');
    const firstPage = await rowIds();
    await page.getByRole('button', { name: 'Next page' }).click();
    await waitForRowsOtherThan(firstPage);

    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.waitForFunction(
      ({ selector, expected }) =>
        [...document.querySelectorAll(selector)]
          .map((row) => row.getAttribute('data-instance-id'))
          .join(',') === expected.join(','),
      { selector: ROW, expected: firstPage },
    );

    expect(await rowIds()).toEqual(firstPage);
  });

  it('opens the instance page when a row is clicked', async () => {
    await openList('?limit=10');
    const row = page.locator(ROW).nth(1);
    const id = (await row.getAttribute('data-instance-id')) ?? '';
    const region = (await row.getAttribute('data-region')) ?? '';

    // The id cell, not the name link: the whole row is the target.
    await row.locator('[data-column="id"]').click();
    await page.waitForURL(`**/instances/${region}/${id}`);

    await expect(page.getByTestId('instance-id').textContent()).resolves.toBe(id);
  });

  it('keeps the page on reload and on Back from an instance', async () => {
    await openList('?limit=5');
    const firstPage = await rowIds();
    await page.getByRole('button', { name: 'Next page' }).click();
    await waitForRowsOtherThan(firstPage);
    const secondPage = await rowIds();

    await page.reload();
    await page.waitForSelector(ROW);
    const afterReload = await rowIds();
    await page.locator(ROW).first().locator('[data-column="id"]').click();
    await page.waitForURL(/\/instances\/[^/]+\/i-/);
    await page.goBack();
    await page.waitForSelector(ROW);

    expect(afterReload).toEqual(secondPage);
    expect(await rowIds()).toEqual(secondPage);
    await expect(page.getByTestId('page-indicator').textContent()).resolves.toMatch(/^Page 2/);
  });
});

describe('instances table layout', () => {
  /** How far the page and the table scroll sideways (0 when everything fits). */
  async function sidewaysOverflow(): Promise<{ page: number; table: number }> {
    return page.evaluate(() => {
      const container = document.querySelector('.MuiTableContainer-root') as HTMLElement;
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        table: container.scrollWidth - container.clientWidth,
      };
    });
  }

  /**
   * The colour on screen near the top-right corner of each of a row's cells (their padding: no
   * text there), from a real screenshot of the row, keyed by the cell's column (`select` for the
   * checkbox).
   */
  async function rowCellColours(index: number): Promise<Record<string, number[]>> {
    const row = page.locator(ROW).nth(index);
    const box = await row.boundingBox();
    if (!box) throw new Error('the row is not on screen');
    const cells = await row.locator('> td').evaluateAll((elements) =>
      elements.map((cell) => ({
        column: cell.getAttribute('data-column') ?? 'select',
        right: cell.getBoundingClientRect().right,
      })),
    );
    const png = (await page.screenshot({ clip: box })).toString('base64');
    return page.evaluate(
      async ({ png, cells, left }) => {
        // Decoded here, not fetched from a data: URL: the deployed CSP allows no such fetch.
        const bytes = Uint8Array.from(atob(png), (character) => character.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        return Object.fromEntries(
          cells.map(({ column, right }) => {
            const pixel = context.getImageData(Math.floor(right - left) - 2, 3, 1, 1).data;
            return [column, Array.from(pixel.subarray(0, 3))];
          }),
        );
      },
      { png, cells, left: box.x },
    );
  }

  /** How far apart two colours are: the largest difference of a channel. */
  function distance(a: number[] | undefined, b: number[] | undefined): number {
    if (!a || !b) throw new Error('a cell is missing');
    return Math.max(...a.map((channel, index) => Math.abs(channel - (b[index] ?? 0))));
  }

  /**
   * The pinned cells (checkbox, Name, row menu) whose colour is not the row's: an unpinned cell's
   * (Type), within the rounding of compositing (a unit or two of a channel).
   */
  function pinnedOffTheBand(colours: Record<string, number[]>): string[] {
    return ['select', 'name', 'actions'].filter(
      (column) => distance(colours[column], colours['type']) > 2,
    );
  }

  it('tints a selected or hovered row end to end, its pinned checkbox, Name and menu included', async () => {
    await openList('?limit=10');
    await page.locator(ROW).first().getByTestId('instance-actions').waitFor();
    const plain = await rowCellColours(0);
    await page.locator(ROW).first().getByTestId('select-instance').locator('input').check();
    // The bulk toolbar is a lazy chunk: drawn once it is in. (Above the table, it moved the rows
    // down, and a row hovered before it arrived left the pointer: CI read row 1 untinted.)
    await page.getByTestId('bulk-toolbar').waitFor();
    await page.mouse.move(0, 0);

    const selected = await rowCellColours(0);
    expect(distance(selected['type'], plain['type'])).toBeGreaterThan(4);
    expect(pinnedOffTheBand(selected)).toEqual([]);

    await page.locator(ROW).nth(1).locator('[data-column="type"]').hover();
    const hovered = await rowCellColours(1);
    expect(distance(hovered['type'], plain['type'])).toBeGreaterThan(4);
    expect(pinnedOffTheBand(hovered)).toEqual([]);
  });

  it('keeps every row one height, with a CPU line or without (a stopped instance), before and after the lines arrive', async () => {
    const heights = (): Promise<number[]> =>
      page.$$eval(ROW, (rows) => rows.map((row) => Math.round(row.getBoundingClientRect().height)));
    await openList('?limit=25');
    const before = await heights();
    await page.locator(`${ROW} [data-testid="cpu-sparkline"]`).first().waitFor();
    await page.locator(`${ROW} [data-testid="cpu-sparkline-empty"]`).first().waitFor();
    await page
      .locator(`${ROW} [data-testid="cpu-sparkline-loading"]`)
      .first()
      .waitFor({ state: 'detached' });

    const after = await heights();
    expect(new Set(after).size).toBe(1);
    expect(after[0]).toBe(Math.max(...before));
  });

  it('fits the default columns and the row menu at 1440×900 with no sideways scroll', async () => {
    await openList('?limit=25');
    // The row menu's code loads after the rows draw (a lazy chunk): measure once it is in.
    const rowMenu = page.locator(ROW).first().getByTestId('instance-actions');
    await rowMenu.waitFor();

    expect(await sidewaysOverflow()).toEqual({ page: 0, table: 0 });
    const box = await rowMenu.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1440);
  });

  it('adds a column from the column chooser and keeps Name pinned while the table scrolls', async () => {
    await openList('?limit=10');
    await page.getByTestId('column-chooser').click();
    for (const column of ['region', 'privateIp', 'environment']) {
      await page.getByTestId(`column-${column}`).click();
    }
    await page.keyboard.press('Escape');
    await page.locator(`${ROW} [data-column="environment"]`).first().waitFor();
    const name = page.locator(ROW).first().locator('[data-column="name"]');
    const before = await name.boundingBox();

    await page.locator('.MuiTableContainer-root').evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    const after = await name.boundingBox();

    expect(after?.x).toBe(before?.x);
    await page.evaluate(() => window.localStorage.removeItem('fleet-console:instance-columns'));
  });

  it('shows a column added since an operator chose theirs (a choice saved before Status checks and Alarms)', async () => {
    await openList('?limit=10');
    await page.evaluate(() =>
      window.localStorage.setItem(
        'fleet-console:instance-columns',
        JSON.stringify(['name', 'state', 'type']),
      ),
    );

    await openList('?limit=10');
    const columns = await page
      .locator(ROW)
      .first()
      .locator('> [data-column]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-column')));

    expect(columns).toEqual(['name', 'state', 'checks', 'alarms', 'type', 'actions']);
    await page.evaluate(() => window.localStorage.removeItem('fleet-console:instance-columns'));
  });

  it('keeps names and states readable on a 390×844 phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openList('?limit=10');
    const state = page.locator(ROW).first().locator('[data-column="name"] [data-state]');
    const box = await state.boundingBox();

    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    expect((await sidewaysOverflow()).page).toBe(0);
  });
});
