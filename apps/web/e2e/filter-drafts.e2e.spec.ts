import { randomBytes } from 'node:crypto';
import { dashboardPagePerTest, dashboardUrl, eventually } from '@fleet/testing';
import type { Locator, Page } from 'playwright-core';
import { ROW } from './support/instance-list-page';

// The filter fields are drafts of what the URL holds (useDraft): typed into freely, and started
// again from the URL whenever it changes under them — Back, Clear — so a field never shows a filter
// the page is not applying. In a real Chromium against the local stack, signed in as the admin,
// who sees every page here (the Traces area included).
jest.setTimeout(120_000);
const WAIT_MS = 45_000;
// An id no instance, record or trace of the shared stack carries (other files use the usual
// example ids), so searching for it finds nothing.
const AN_INSTANCE = `i-${randomBytes(9).toString('hex').slice(0, 17)}`;

let page: Page;

dashboardPagePerTest(
  { viewport: { width: 1440, height: 900 }, timeoutMs: WAIT_MS, signInAs: 'admin' },
  (opened) => {
    page = opened;
  },
);

// What a field shows once the page has drawn what the URL now holds: React Router draws a
// navigation as a transition, a moment after the URL changes. Read until it is `expected`, for up
// to 15 s (a busy machine).
const shownBy = (read: () => Promise<string | null>, expected: string): Promise<string | null> =>
  eventually(read, (shown) => shown === expected, { withinMs: 15_000, everyMs: 100 });
const valueOf = (field: Locator) => (): Promise<string> => field.inputValue();

describe('the instance list', () => {
  it('keeps what is being typed while the URL catches up, and empties every field on Clear filters', async () => {
    await page.goto(dashboardUrl('/instances?limit=10'));
    await page.waitForSelector(ROW);
    const search = page.getByRole('searchbox', { name: 'Search' });

    // The space typed last is not in the URL, and stays in the box: the next word goes after it.
    await search.fill('web ');
    await page.waitForURL((url) => url.searchParams.get('q')?.trim() === 'web');
    expect(await search.inputValue()).toBe('web ');

    const region = page.getByRole('combobox', { name: 'Region' });
    await region.click();
    const firstRegion = page.getByRole('listbox').getByRole('option').first();
    const regionName = (await firstRegion.textContent()) ?? '';
    await firstRegion.click();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.searchParams.get('region') === regionName);
    expect(await region.textContent()).toContain(regionName);

    await page
      .getByRole('search', { name: 'Filter instances' })
      .getByRole('button', { name: 'Clear filters' })
      .click();
    await page.waitForURL((url) => !url.searchParams.has('q') && !url.searchParams.has('region'));

    expect(await shownBy(valueOf(search), '')).toBe('');
    // An empty MUI select shows a zero-width space.
    expect(await shownBy(() => region.textContent(), '\u200b')).toBe('\u200b');
  });
});

describe('the Audit page', () => {
  it('shows the filters the URL holds again on Back, and empties typed ones on Clear', async () => {
    await page.goto(dashboardUrl('/audit'));
    const region = page.getByRole('combobox', { name: 'Region' });
    const instance = page.getByTestId('audit-filter-instance');

    // An instance's records (an id with its region) that no instance has: none match.
    await region.click();
    await page.getByRole('option', { name: 'us-east-1', exact: true }).click();
    await instance.fill(AN_INSTANCE);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('instance') === AN_INSTANCE);
    // Back once the page shows that search (see the Traces case for why).
    await page.getByTestId('audit-empty').waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('instance') === null);
    expect(await shownBy(valueOf(instance), '')).toBe('');
    // An empty MUI select shows a zero-width space.
    expect(await shownBy(() => region.textContent(), '\u200b')).toBe('\u200b');

    // Typed, never applied: Clear empties it too, though the URL had nothing to clear.
    await instance.fill(AN_INSTANCE);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    expect(await shownBy(valueOf(instance), '')).toBe('');
  });
});

describe('the Traces area', () => {
  it('shows the search the URL holds again on Back', async () => {
    await page.goto(dashboardUrl('/traces?window=15m'));
    const instance = page.getByTestId('trace-filter-instance');

    await instance.fill(AN_INSTANCE);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('instance') === AN_INSTANCE);
    // Back once the page shows the search (no trace names that instance). Pressed before, while
    // the router's transition to it is still pending, Back returns to the search the page last
    // drew, so the field keeps what was typed, as it would had Search not been pressed.
    await page.getByText('No traces match these filters.').waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('instance') === null);

    expect(await shownBy(valueOf(instance), '')).toBe('');
  });
});
