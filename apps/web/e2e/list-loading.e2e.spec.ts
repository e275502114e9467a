import type { InstancePage } from '@fleet/contract';
import { dashboardUrl, eventually, stackUrls } from '@fleet/testing';
import type { Page, Request } from 'playwright-core';
import { holdBack } from './support/hold-back';
import { adminListPagePerTest, ROW } from './support/instance-list-page';

// How the list loads, in Chromium against the local stack: what is asked for when, and what the
// rows wait for. Requests are held back by the browser where a test needs one slow; each then
// goes on, unchanged, to the real API.
jest.setTimeout(120_000);

let page: Page;

const openList = adminListPagePerTest((opened) => {
  page = opened;
});

/** The list requests (`GET /instances`) the page sends, in order. */
function listRequests(): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.url().startsWith(stackUrls().api) && url.pathname === '/instances')
      sent.push(request);
  });
  return sent;
}

/** Resolves with the first request in `sent` that `matches`, once the page has sent one. */
async function firstSent(sent: Request[], matches: (url: URL) => boolean): Promise<Request> {
  const found = await eventually(
    async () => sent.find((request) => matches(new URL(request.url()))),
    (request) => request !== undefined,
    { attempts: 450, everyMs: 100 },
  );
  if (found) return found;
  throw new Error('the page never sent the request');
}

async function rowIds(): Promise<string[]> {
  return page.$$eval(ROW, (rows) => rows.map((row) => row.getAttribute('data-instance-id') ?? ''));
}

describe('how the instance list loads', () => {
  it('draws the next page from the cache it filled while the first page was on screen', async () => {
    const sent = listRequests();
    await openList('?limit=5');
    const firstPage = await rowIds();
    const prefetch = await firstSent(sent, (url) => url.searchParams.has('cursor'));
    const prefetched = (await (await prefetch.response())?.json()) as InstancePage;
    const cursor = new URL(prefetch.url()).searchParams.get('cursor');
    const forCursor = (): Request[] =>
      sent.filter((request) => new URL(request.url()).searchParams.get('cursor') === cursor);
    expect(forCursor()).toHaveLength(1);

    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForFunction(
      ({ selector, expected }) =>
        [...document.querySelectorAll(selector)]
          .map((row) => row.getAttribute('data-instance-id'))
          .join(',') === expected.join(','),
      { selector: ROW, expected: prefetched.items.map((instance) => instance.id) },
    );

    expect(forCursor()).toHaveLength(1);
    expect(prefetched.items.map((instance) => instance.id)).not.toEqual(firstPage);
    await expect(page.getByTestId('page-indicator').textContent()).resolves.toContain('Page 2');
  });

  it('draws the rows while their status checks and CPU are still on their way', async () => {
    const health = await holdBack(page, `${stackUrls().api}/instances/health`);
    const sparklines = await holdBack(page, `${stackUrls().api}/metrics/cpu-sparklines`);

    await openList('?limit=5');

    expect(await rowIds()).toHaveLength(5);
    expect(await page.getByTestId('health-checks-loading').count()).toBe(5);
    expect(await page.getByTestId('cpu-sparkline-loading').count()).toBe(5);
    expect(health.held()).toBeGreaterThan(0);
    expect(sparklines.held()).toBeGreaterThan(0);

    await Promise.all([health.release(), sparklines.release()]);
    // The two answers are released together but arrive (and render) independently: wait for both.
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          '[data-testid="health-checks-loading"], [data-testid="cpu-sparkline-loading"]',
        ).length === 0,
    );
    expect(await page.getByTestId('health-checks-loading').count()).toBe(0);
    expect(await page.getByTestId('cpu-sparkline-loading').count()).toBe(0);
  });

  it('keeps the current rows on screen while a search is on its way', async () => {
    await openList('?limit=5');
    const before = await rowIds();
    const target = before[2] ?? '';
    const search = await holdBack(
      page,
      (url: URL) => url.pathname === '/instances' && url.searchParams.get('q') === target,
    );

    await page.getByRole('searchbox', { name: 'Search' }).fill(target);
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') !== null);

    expect(await rowIds()).toEqual(before);
    expect(search.held()).toBe(1);
    await search.release();
    await page.waitForFunction(
      ({ selector, previous }) =>
        [...document.querySelectorAll(selector)]
          .map((row) => row.getAttribute('data-instance-id'))
          .join(',') !== previous,
      { selector: ROW, previous: before.join(',') },
    );
    expect(await rowIds()).toContain(target);
  });

  it("asks for a search's totals once its rows are drawn, not beside them", async () => {
    await openList('?limit=5');
    const before = await rowIds();
    const target = before[2] ?? '';
    const totals: Request[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/instances/summary' && url.searchParams.get('q') === target)
        totals.push(request);
    });
    const search = await holdBack(
      page,
      (url: URL) => url.pathname === '/instances' && url.searchParams.get('q') === target,
    );

    await page.getByRole('searchbox', { name: 'Search' }).fill(target);
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') !== null);
    // Long enough for a request made with the list's to have left (it used to leave at once).
    await page.waitForTimeout(1_000);

    expect(search.held()).toBe(1);
    expect(totals).toHaveLength(0);
    await search.release();
    await firstSent(totals, () => true);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="instances-total"]')?.textContent === '1 instance',
    );
    expect(await rowIds()).toEqual([target]);
  });

  it("asks for the list on a full load while the list page's code is still downloading", async () => {
    // Signed in on another page first: this tab has the session, but not yet the list's code.
    await page.goto(dashboardUrl('/audit'));
    const chunk = await holdBack(page, /\/assets\/instances-[\w-]+\.js$/);
    const sent = listRequests();

    await page.goto(dashboardUrl('/instances?limit=5'));
    const list = await firstSent(sent, (url) => url.searchParams.get('limit') === '5');

    // Sent while the page's code is held back: the request did not wait for it.
    expect(list.url()).not.toContain('cursor');
    expect(await page.locator(ROW).count()).toBe(0);
    await chunk.release();
    await page.waitForSelector(ROW);
    expect(await rowIds()).toHaveLength(5);
  });
});
