import type { InstancePage } from '@fleet/contract';
import { callApi, dashboardPagePerTest, dashboardUrl } from '@fleet/testing';
import type { Locator, Page } from 'playwright-core';
import { holdBack } from './support/hold-back';

// The list, the Audit page and the instance page draw their rows, records and details before their
// controls (filter bars, toolbars, buttons, tabs), whose code is fetched after the page's own (the
// 170 KB first-visit budget, `npm run bench -- bundle`). In Chromium against the local stack: with
// each control's chunk held back, the content is there and the controls are not; once it arrives,
// they are, and nothing under them has moved.
jest.setTimeout(120_000);
const WAIT_MS = 45_000;

let page: Page;
dashboardPagePerTest(
  { viewport: { width: 1440, height: 900 }, timeoutMs: WAIT_MS, signInAs: 'admin' },
  (opened) => {
    page = opened;
  },
);

// Each page on both: the placeholders wrap (and on a phone, fold) as their controls do.
const SCREENS: [string, number, number][] = [
  ['a desktop', 1440, 900],
  ['a phone', 390, 844],
];

/** The chunks (file names without their hash) among `urls`, each once, in order. */
function chunkNames(urls: string[]): string[] {
  const names = urls.map((url) => /\/assets\/(.+)-[\w-]{8}\.js$/.exec(url)?.[1] ?? url);
  return [...new Set(names)].sort();
}

/** Where `locator` sits on the page (px from the top). */
async function topOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box.y;
}

it.each(SCREENS)(
  'draws the audit records first, then the filter bar and tools in the space kept for them, on %s',
  async (_, width, height) => {
    await page.setViewportSize({ width, height });
    const chunks = await holdBack(page, /\/assets\/(filter-bar|tools)-[\w-]{8}\.js$/);
    const unsettled = page.waitForResponse((response) =>
      new URL(response.url()).pathname.endsWith('/audit/unsettled'),
    );
    await page.goto(dashboardUrl('/audit'));
    const records = page.getByRole('grid', { name: 'Audit records' });
    await records.waitFor();
    // The first page of records is in (or the trail is empty): the table is drawn as it will stay.
    await page
      .getByRole('progressbar', { name: 'Loading audit records' })
      .waitFor({ state: 'detached' });
    // An admin is warned of attempts without an outcome above everything (earlier specs of a run
    // may leave such attempts): content, not a control, and the records are drawn with it.
    const { items } = (await (await unsettled).json()) as { items: unknown[] };
    if (items.length > 0) await page.getByTestId('unsettled-attempts').waitFor();
    const filters = page.locator('form[aria-label="Audit filters"]');

    expect(chunkNames(chunks.heldUrls())).toEqual(['filter-bar', 'tools']);
    expect(await filters.count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Export/ }).count()).toBe(0);
    const before = await topOf(records);

    await chunks.release();
    // On a phone the fields are folded behind their button.
    await (
      width < 600
        ? page.getByRole('button', { name: 'Filters' })
        : filters.getByRole('button', { name: 'Apply' })
    ).waitFor();
    await page.getByRole('button', { name: /^Export \d+ rows as CSV$/ }).waitFor();
    await page.getByTestId('verify-chain').waitFor();
    expect(Math.abs((await topOf(records)) - before)).toBeLessThanOrEqual(1);
  },
);

it("draws an instance's details first, then its buttons and tabs in the space kept for them", async () => {
  const { body } = await callApi<InstancePage>('/instances?state=running&limit=1');
  const instance = body.items[0];
  if (!instance) throw new Error('the seeded fleet has no running instance');
  const chunks = await holdBack(
    page,
    /\/assets\/(instance-buttons|actions-menu|instance-tab-bar)-[\w-]{8}\.js$/,
  );
  await page.goto(dashboardUrl(`/instances/${instance.region}/${instance.id}`));
  await page.getByTestId('instance-title').waitFor();
  const panel = page.getByRole('tabpanel');
  const tags = page.getByRole('table', { name: 'Tags' });
  await tags.waitFor();

  expect(chunkNames(chunks.heldUrls())).toEqual([
    'actions-menu',
    'instance-buttons',
    'instance-tab-bar',
  ]);
  expect(await page.getByRole('tablist').count()).toBe(0);
  expect(await page.getByTestId('protection-button').count()).toBe(0);
  const before = { panel: await topOf(panel), tags: await topOf(tags) };

  await chunks.release();
  await page.getByRole('tab', { name: 'Monitoring' }).waitFor();
  await page.getByTestId('protection-button').waitFor();
  await page.getByTestId('edit-tags').waitFor();
  expect(Math.abs((await topOf(panel)) - before.panel)).toBeLessThanOrEqual(1);
  expect(Math.abs((await topOf(tags)) - before.tags)).toBeLessThanOrEqual(1);
});

it.each(SCREENS)(
  'draws the list rows first, then the filter bar and the line over the table, on %s, without moving the rows',
  async (_, width, height) => {
    await page.setViewportSize({ width, height });
    const chunks = await holdBack(page, /\/assets\/(filter-bar|list-controls)-[\w-]{8}\.js$/);
    // The line's own lazy parts, let go after the line: each keeps its place meanwhile.
    const parts = await holdBack(
      page,
      /\/assets\/(export-instances-button|saved-filters)-[\w-]{8}\.js$/,
    );
    await page.goto(dashboardUrl('/instances'));
    const firstRow = page.locator('[data-testid="instance-row"]').first();
    await firstRow.waitFor();

    expect(chunkNames(chunks.heldUrls())).toEqual(['filter-bar', 'list-controls']);
    expect(await page.getByRole('search').count()).toBe(0);
    const before = await topOf(firstRow);

    await chunks.release();
    await page.getByRole('search', { name: 'Filter instances' }).waitFor();
    await page.getByTestId('instances-total').waitFor();
    expect(chunkNames(parts.heldUrls())).toEqual(['export-instances-button', 'saved-filters']);
    expect(Math.abs((await topOf(firstRow)) - before)).toBeLessThanOrEqual(1);

    await parts.release();
    await page.getByRole('button', { name: /^Export/ }).waitFor();
    await page.getByRole('button', { name: /Saved filters/ }).waitFor();
    expect(Math.abs((await topOf(firstRow)) - before)).toBeLessThanOrEqual(1);
  },
);

it.each(SCREENS)(
  'draws the list rows first, then their checkboxes and sort buttons in the space kept for them, on %s',
  async (_, width, height) => {
    await page.setViewportSize({ width, height });
    const checkboxes = await holdBack(page, /\/assets\/(Checkbox|TableSortLabel)-[\w-]{8}\.js$/);
    await page.goto(dashboardUrl('/instances'));
    const table = page.getByRole('grid', { name: 'Instances' });
    const lastRow = page.locator('[data-testid="instance-row"]').last();
    await lastRow.getByTestId('instance-actions').waitFor();
    const selectAll = page.getByRole('checkbox', { name: 'Select the rows on this page' });
    const sizes = async () => ({
      table: (await table.boundingBox())?.height ?? 0,
      lastRow: await topOf(lastRow),
    });

    expect(chunkNames(checkboxes.heldUrls())).toEqual(['Checkbox', 'TableSortLabel']);
    expect(await selectAll.count()).toBe(0);
    const before = await sizes();

    await checkboxes.release();
    await selectAll.waitFor();
    await page.getByRole('button', { name: /^Name/ }).waitFor();
    // A 42 px placeholder in the dense table's 24 px place stood each row 6 px taller; the sort
    // buttons' placeholders, on the text's baseline, stood the head 1.3 px shorter.
    const after = await sizes();
    expect(Math.abs(after.table - before.table)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(after.lastRow - before.lastRow)).toBeLessThanOrEqual(0.5);
  },
);
