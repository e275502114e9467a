import { callApi, dashboardPagePerTest, dashboardUrl, eventually } from '@fleet/testing';
import type { Locator, Page } from 'playwright-core';

// The dashboard on a phone (390×844) in Chromium against the local stack, signed in as the admin:
// what must stay on screen where the tables scroll sideways.
jest.setTimeout(120_000);
const PHONE_WIDTH = 390;

let page: Page;
dashboardPagePerTest(
  { viewport: { width: PHONE_WIDTH, height: 844 }, timeoutMs: 45_000, signInAs: 'admin' },
  (opened) => {
    page = opened;
  },
);

/** Whether `locator` lies wholly within the phone's width. */
async function onScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= PHONE_WIDTH;
}

/** Chooses `option` in the filter form's select named `label` (a MUI select: a listbox). */
async function choose(form: Locator, label: string, option: string): Promise<void> {
  await form.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

it('folds the Audit filters behind a Filters button that says how many are set, records first', async () => {
  await page.goto(dashboardUrl('/audit?action=stop'));
  const records = page.getByRole('grid', { name: 'Audit records' });
  const unfold = page.getByRole('button', { name: /^Filters/ });
  const form = page.getByRole('form', { name: 'Audit filters' });
  await unfold.waitFor();
  await records.waitFor();

  expect(await unfold.textContent()).toBe('Filters (1)');
  expect(await unfold.getAttribute('aria-expanded')).toBe('false');
  expect(await form.isVisible()).toBe(false);
  // Folded, only the tools' line (68.5 px with its gaps) lies between the button and the records
  // (231 px down the 844 px screen); unfolded, the fields put 349 px more there (591 px down).
  // Measured from the button: an admin's warning of unsettled attempts may stand above it.
  const button = await unfold.boundingBox();
  const gap = ((await records.boundingBox())?.y ?? 0) - ((button?.y ?? 0) + (button?.height ?? 0));
  expect(gap).toBeGreaterThan(0);
  expect(gap).toBeLessThan(100);

  await unfold.click();
  expect(await unfold.getAttribute('aria-expanded')).toBe('true');
  // A field that cannot be applied keeps the form open, saying why.
  await form.getByTestId('audit-filter-instance').fill('i-0123456789abcdef0');
  await form.getByRole('button', { name: 'Apply' }).click();
  await form.getByText("Choose the instance's region too", { exact: false }).waitFor();
  expect(await form.isVisible()).toBe(true);

  await form.getByTestId('audit-filter-instance').fill('');
  await choose(form, 'Outcome', 'failed');
  await form.getByRole('button', { name: 'Apply' }).click();
  await form.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Filters (2)' }).waitFor();
  expect(new URL(page.url()).searchParams.get('outcome')).toBe('failed');
  // Apply was folded away with the fields: the keyboard goes on from the Filters button.
  expect(await unfold.evaluate((button) => button === document.activeElement)).toBe(true);
  expect(await unfold.getAttribute('aria-expanded')).toBe('false');
});

it('folds the trace search too: choices apply at once and leave it open, Search folds it', async () => {
  await page.goto(dashboardUrl('/traces'));
  const unfold = page.getByRole('button', { name: /^Filters/ });
  const form = page.getByRole('form', { name: 'Search traces' });
  await unfold.waitFor();
  expect(await unfold.textContent()).toBe('Filters');
  expect(await form.isVisible()).toBe(false);

  await unfold.click();
  await choose(form, 'Outcome', 'error');
  await page.getByRole('button', { name: 'Filters (1)' }).waitFor();
  expect(new URL(page.url()).searchParams.get('outcome')).toBe('error');
  expect(await form.isVisible()).toBe(true);

  await form.getByTestId('trace-filter-function').fill('list-instances');
  await form.getByRole('button', { name: 'Search' }).click();
  await form.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Filters (2)' }).waitFor();
  expect(new URL(page.url()).searchParams.get('function')).toBe('list-instances');
  expect(await unfold.evaluate((button) => button === document.activeElement)).toBe(true);
});

it('keeps the list search in view and folds the other filters, which apply at once and stay open', async () => {
  await page.goto(dashboardUrl('/instances?state=running'));
  const firstRow = page.locator('[data-testid="instance-row"]').first();
  const unfold = page.getByRole('button', { name: /^Filters/ });
  const bar = page.getByRole('search', { name: 'Filter instances' });
  const region = bar.getByRole('combobox', { name: 'Region' });
  await unfold.waitFor();
  await firstRow.waitFor();

  expect(await unfold.textContent()).toBe('Filters (1)');
  const search = bar.getByRole('searchbox', { name: 'Search' });
  expect(await search.isVisible()).toBe(true);
  // Beside the search, on its line (as its placeholder is): wider words would wrap it below.
  const line = async (): Promise<boolean> => {
    const [field, button] = [await search.boundingBox(), await unfold.boundingBox()];
    return Boolean(field && button && button.y < field.y + field.height && button.x > field.x);
  };
  expect(await line()).toBe(true);
  expect(await region.isVisible()).toBe(false);
  // Unfolded, the region, state, type and tag fields and Clear filters take three more lines.
  const folded = (await firstRow.boundingBox())?.y ?? 0;

  await unfold.click();
  await region.waitFor();
  expect((await firstRow.boundingBox())?.y).toBeGreaterThan(folded + 100);
  await region.click();
  await page.getByRole('option', { name: 'us-east-1' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Filters (2)' }).waitFor();
  expect(new URL(page.url()).searchParams.get('region')).toBe('us-east-1');
  expect(await line()).toBe(true);
  expect(await region.isVisible()).toBe(true);

  await unfold.click();
  await region.waitFor({ state: 'hidden' });
  // Within a pixel: the total over the table now counts the region's instances.
  expect(Math.abs(((await firstRow.boundingBox())?.y ?? 0) - folded)).toBeLessThanOrEqual(1);
});

it("puts the list's three menus on one line of a phone, wrapping them rather than overflow a narrower one", async () => {
  await page.goto(dashboardUrl('/instances'));
  const menus = [
    page.getByRole('button', { name: /Saved filters/ }),
    page.getByRole('button', { name: /^Export/ }),
    page.getByRole('button', { name: 'Columns' }),
  ];
  for (const menu of menus) await menu.waitFor();
  const tops = async (): Promise<number[]> =>
    Promise.all(menus.map(async (menu) => Math.round((await menu.boundingBox())?.y ?? -1)));

  // Saved filters sat with the total and "Hide terminated", which left it a line of its own.
  expect(new Set(await tops()).size).toBe(1);
  const total = await page.getByTestId('instances-total').boundingBox();
  expect(((await tops())[0] ?? 0) - (total?.y ?? 0)).toBeLessThan(60);

  await page.setViewportSize({ width: 320, height: 640 });
  const narrower = await eventually(tops, (shown) => new Set(shown).size === 2, {
    attempts: 10,
    everyMs: 200,
  });
  expect(new Set(narrower).size).toBe(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
});

it('says on screen that no audit record matches, beside a table wider than the phone', async () => {
  // An instance id no record names.
  await page.goto(dashboardUrl('/audit?region=us-east-1&instance=i-0123456789abcdef0'));
  const empty = page.getByTestId('audit-empty');
  await empty.waitFor();

  expect(await empty.textContent()).toBe('No audit records match these filters.');
  expect(await onScreen(empty)).toBe(true);
  const table = await page.getByRole('grid', { name: 'Audit records' }).boundingBox();
  expect(table?.width).toBeGreaterThan(PHONE_WIDTH);
});

it('says on screen that no instance matches, with its Clear filters button', async () => {
  await page.goto(dashboardUrl('/instances?q=no-instance-is-named-so'));
  const empty = page.getByTestId('instances-empty');
  await empty.waitFor();

  expect(await empty.getByText('No instances match these filters').count()).toBe(1);
  expect(await onScreen(empty.getByText('No instances match these filters'))).toBe(true);
  const clear = empty.getByRole('button', { name: 'Clear filters' });
  expect(await onScreen(clear)).toBe(true);
  await clear.click();
  await page.locator('[data-testid="instance-row"]').first().waitFor();
});

it('keeps the traces table readable on a phone: its text columns keep their width, the table scrolls sideways', async () => {
  // Some requests' traces in the local X-Ray (this one's own, at least), whatever ran before.
  await eventually(
    () => callApi<{ items: unknown[] }>('/traces'),
    (answer) => answer.status === 200 && answer.body.items.length > 0,
    { attempts: 30, everyMs: 1_000 },
  );
  await page.goto(dashboardUrl('/traces'));
  await page.getByTestId('trace-row').first().waitFor();

  // Text that may wrap anywhere was squeezed to a few characters a line (Request: 40 px).
  const widths = await page
    .getByRole('columnheader')
    .evaluateAll((headers) =>
      Object.fromEntries(
        headers.map((header) => [header.textContent, header.getBoundingClientRect().width]),
      ),
    );
  expect(widths['Request']).toBeGreaterThanOrEqual(160);
  expect(widths['Cause']).toBeGreaterThanOrEqual(160);
  const table = await page.locator('table:has([data-testid="trace-row"])').boundingBox();
  expect(table?.width).toBeGreaterThan(PHONE_WIDTH);
});

it("shows a row's select box, name and menu on the list's first screen, the other columns under the menu until scrolled", async () => {
  await page.goto(dashboardUrl('/instances'));
  const row = page.getByTestId('instance-row').first();
  await row.waitFor();

  // Left edge and width of each cell of the first row, in the order they are laid out.
  const cells = await row.evaluate((tr) =>
    [...(tr as HTMLTableRowElement).cells].map((cell) => {
      const box = cell.getBoundingClientRect();
      return { column: cell.dataset.column ?? 'select', left: box.left, right: box.right };
    }),
  );
  const cell = (column: string) => cells.find((entry) => entry.column === column);
  const [select, name, id, menu] = [cell('select'), cell('name'), cell('id'), cell('actions')];
  if (!select || !name || !id || !menu)
    throw new Error(`a pinned column is missing: ${JSON.stringify(cells)}`);

  // Name reaches the menu (a long one runs on under it), and the Instance id begins under it: no
  // sliver of it between them (13 px of it peeked out before).
  expect(name.right).toBeGreaterThanOrEqual(menu.left - 1);
  expect(id.left).toBeGreaterThanOrEqual(menu.left - 1);
  expect(menu.right).toBeLessThanOrEqual(PHONE_WIDTH);
  expect(select.left).toBeGreaterThanOrEqual(0);
  // Scrolled sideways, the name goes under the select box and the id shows between the two
  // pinned columns (Name pinned too left them a 13 px window).
  await row
    .locator('xpath=ancestor::*[contains(@class, "MuiTableContainer-root")]')
    .evaluate((container) => {
      container.scrollLeft = 200;
    });
  const scrolledId = await row.locator('[data-column="id"]').boundingBox();
  const scrolledName = await row.locator('[data-column="name"]').boundingBox();
  expect(scrolledId?.x).toBeGreaterThanOrEqual(select.right - 1);
  expect(scrolledId && scrolledId.x + scrolledId.width).toBeLessThanOrEqual(menu.left + 1);
  expect(scrolledName?.x).toBeCloseTo(name.left - 200, 0);
});
