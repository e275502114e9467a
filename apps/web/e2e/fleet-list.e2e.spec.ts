import type { Instance, InstanceHealthPage, InstancePage } from '@fleet/contract';
import type { Page } from 'playwright-core';
import { callApi, eventually, signInThroughDashboard, jsonPost } from '@fleet/testing';
import { adminListPagePerTest, LIST_WAIT_MS, ROW } from './support/instance-list-page';

// The list's fleet-wide features through the built dashboard, the API under serverless-offline and
// the seeded fleet (60 instances in 3 regions): status checks and alarms, total and "hide
// terminated", tag suggestions, saved filters and the bulk toolbar (the CSV export has its own file).
jest.setTimeout(120_000);

let page: Page;

const openList = adminListPagePerTest((opened) => {
  page = opened;
});

async function everyInstance(): Promise<Instance[]> {
  const rows: Instance[] = [];
  let cursor: string | null = null;
  do {
    const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const { body } = await callApi<InstancePage>(`/instances?limit=100${after}`);
    rows.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return rows;
}

const rowOf = (instance: Pick<Instance, 'id'>): string =>
  `${ROW}[data-instance-id="${instance.id}"]`;

describe('the instance list, fleet-wide', () => {
  it('shows status checks and alarms: a failing check in alarm, none for a stopped instance', async () => {
    const all = await everyInstance();
    const { body } = await callApi<InstanceHealthPage>(
      '/instances/health',
      jsonPost({
        instances: all.slice(0, 100).map(({ region, id }) => ({ region, id })),
      }),
    );
    const impaired = body.health.find((entry) => entry.checks?.instance === 'impaired');
    const stopped = all.find((instance) => instance.state === 'stopped');
    if (!impaired || !stopped)
      throw new Error('the seeded fleet lacks impaired and stopped instances');

    await openList(`?q=${impaired.id}`);

    const row = page.locator(rowOf(impaired));
    await row.locator('[data-testid="health-checks"][data-state="error"]').waitFor();
    expect(await row.getByTestId('health-checks').textContent()).toMatch(/^[01]\/2 passed$/);
    expect(await row.getByTestId('health-alarms').textContent()).toMatch(/^\d+ in alarm$/);
    await openList(`?q=${stopped.id}`);
    await page.locator(rowOf(stopped)).getByTestId('health-checks-empty').waitFor();
  });

  it('counts every matching instance and hides the terminated ones on request', async () => {
    // A terminated instance to hide: a stopped one of a team the action tests don't use.
    let all = await everyInstance();
    if (!all.some((instance) => instance.state === 'terminated')) {
      const victim = all.find(
        (i) => i.state === 'stopped' && !['payments', 'data'].includes(i.tags['Team'] ?? ''),
      );
      if (!victim) throw new Error('the seeded fleet has no stopped instance to terminate');
      const { status } = await callApi(
        '/instances/terminate',
        jsonPost({ region: victim.region, id: victim.id, reason: 'e2e: one to hide' }),
      );
      expect(status).toBe(200);
      all = await eventually(
        everyInstance,
        (instances) => instances.some((i) => i.state === 'terminated'),
        { attempts: 100, everyMs: 300 },
      );
    }
    const terminated = all.filter((instance) => instance.state === 'terminated').length;
    expect(terminated).toBeGreaterThan(0);
    await openList('?limit=25');
    const total = page.getByTestId('instances-total');
    await page.waitForFunction(
      (count) => document.querySelector('[data-testid="instances-total"]')?.textContent === count,
      `${all.length} instances`,
    );

    // A click changes the URL's state filter; the box follows the URL once the router has moved.
    await page.getByTestId('hide-terminated').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('state'));

    await page.waitForFunction(
      (count) => document.querySelector('[data-testid="instances-total"]')?.textContent === count,
      `${all.length - terminated} instances`,
    );
    expect(await total.textContent()).toBe(`${all.length - terminated} instances`);
    expect(new URL(page.url()).searchParams.get('state')).not.toContain('terminated');
    const states = await page.$$eval(`${ROW} [data-column="state"] [data-state]`, (chips) =>
      chips.map((chip) => chip.getAttribute('data-state')),
    );
    expect(states).not.toContain('terminated');
  });

  it("suggests tag values, and a team-scoped viewer only their own team's", async () => {
    // A context of the viewer's own (its own sessionStorage): this test's page is the admin's.
    const context = await page
      .context()
      .browser()
      ?.newContext({
        viewport: { width: 1440, height: 900 },
      });
    if (!context) throw new Error('the page has no browser to open another context in');
    const viewer = await context.newPage();
    viewer.setDefaultTimeout(LIST_WAIT_MS);
    await signInThroughDashboard(viewer, 'viewer');
    page = viewer;
    await openList('');
    const tag = page.getByRole('combobox', { name: 'Tag' });

    await tag.fill('Team=');

    // The Tag field's suggestions (the page-size select's native options are not among them).
    const options = page.locator('li[role="option"]');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(['Team=payments']);
    await tag.fill('Environment=');
    await options.first().waitFor();
    expect((await options.allTextContents()).length).toBeGreaterThan(1);
    await context.close();
  });

  it('saves the current filters in this browser and applies them again', async () => {
    await openList('?state=stopped&limit=25');
    await page.getByTestId('saved-filters').click();
    await page.getByTestId('save-current-filters').click();
    await page.getByTestId('saved-filter-name').fill('Stopped ones');
    await page.getByTestId('saved-filter-save').click();
    await openList('?limit=25');

    await page.getByTestId('saved-filters').click();
    await page.getByTestId('saved-filter').filter({ hasText: 'Stopped ones' }).click();

    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('state') === 'stopped',
    );
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].every(
          (chip) => chip.getAttribute('data-state') === 'stopped',
        ),
      `${ROW} [data-column="state"] [data-state]`,
    );
  });

  it('offers in the bulk toolbar only what the selected states allow, as the API rules', async () => {
    const { body } = await callApi<InstancePage>('/instances?limit=25');
    const running = body.items.find((instance) => instance.state === 'running');
    const stopped = body.items.find((instance) => instance.state === 'stopped');
    if (!running || !stopped) throw new Error('the first page lacks running and stopped instances');
    await openList('?limit=25');

    await page.locator(rowOf(running)).getByTestId('select-instance').locator('input').check();
    await page.getByTestId('bulk-start').waitFor();
    expect(await page.getByTestId('bulk-start').isDisabled()).toBe(true);
    await page.locator(rowOf(stopped)).getByTestId('select-instance').locator('input').check();

    expect(await page.getByTestId('bulk-start').textContent()).toBe('Start 1 of 2');
    expect(await page.getByTestId('bulk-stop').textContent()).toBe('Stop 1 of 2');
    expect(await page.getByTestId('bulk-reboot').textContent()).toBe('Reboot 1 of 2');
    expect(await page.getByTestId('bulk-terminate').textContent()).toBe('Terminate');
  });

  it('keeps the rows in place when one is selected, and the bulk toolbar in view on a long page', async () => {
    await openList('?limit=50');
    const rows = page.locator(ROW);
    const last = rows.nth((await rows.count()) - 1);
    await last.getByTestId('instance-actions').waitFor();
    await last.scrollIntoViewIfNeeded();
    const before = await last.boundingBox();

    await last.getByTestId('select-instance').locator('input').check();
    const toolbar = page.getByRole('region', { name: 'Selected instances' });
    await toolbar.waitFor();
    const after = await last.boundingBox();
    const bar = await toolbar.boundingBox();
    const viewport = page.viewportSize();
    if (!before || !after || !bar || !viewport) throw new Error('not drawn');

    // Above the table, it moved every row 69 px down, and at the 50th row it was out of sight
    // (1,127 px above the window).
    expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(1);
    expect(bar.y).toBeGreaterThanOrEqual(0);
    expect(bar.y + bar.height).toBeLessThanOrEqual(viewport.height);
    expect(await toolbar.getByTestId('selected-count').textContent()).toBe('1 selected');

    // At the page's end it rests under the paging, covering none of it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const paging = await page.getByRole('navigation', { name: 'Instance pages' }).boundingBox();
    const rested = await toolbar.boundingBox();
    if (!paging || !rested) throw new Error('not drawn');
    expect(rested.y).toBeGreaterThanOrEqual(paging.y + paging.height);

    await toolbar.getByRole('button', { name: 'Clear selection' }).click();
    await toolbar.waitFor({ state: 'detached' });
  });
});
