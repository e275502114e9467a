import type { AuditPage, Instance, TracePage } from '@fleet/contract';
import {
  callApi,
  dashboardPagePerTest,
  dashboardUrl,
  eventually,
  instanceSupply,
  jsonPost,
  refOf,
} from '@fleet/testing';
import type { Page } from 'playwright-core';

// The built dashboard against the local stack, in a browser whose zone is Kathmandu (UTC+05:45,
// no daylight saving: its clock differs from UTC's in the hour and the minute), signed in as an
// SRE, who matches the console's times with logs on UTC's clock. The account menu puts every time
// of the console on UTC's clock, names the zone where it does, and remembers it in every tab.
jest.setTimeout(180_000);
const WAIT_MS = 45_000;
const ZONE = 'Asia/Kathmandu';

let page: Page;
dashboardPagePerTest(
  { viewport: { width: 1600, height: 900 }, timeoutMs: WAIT_MS, signInAs: 'sre', timezoneId: ZONE },
  (opened) => {
    page = opened;
  },
);

let stopped: Instance;

const ROW = '[data-testid="audit-row"]';

/** "21:04:09" in `timeZone`, as the console writes a time of today. */
function clockIn(timeZone: string, iso: string): string {
  return new Intl.DateTimeFormat('en-US', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}

async function chooseClock(on: Page, name: string | RegExp): Promise<void> {
  await on.getByRole('button', { name: /^Account:/ }).click();
  await on.getByRole('menuitemradio', { name }).click();
}

/** "21:04" as minutes since midnight. */
function minuteOfDay(label: string): number {
  const [hours = 0, minutes = 0] = label.split(':').map(Number);
  return hours * 60 + minutes;
}

const firstHeading = (on: Page) => on.getByRole('columnheader').first().textContent();
const firstCell = (on: Page, row: string) => on.locator(row).first().locator('td').first();

beforeAll(async () => {
  const supply = await instanceSupply('payments');
  stopped = await supply.next('running');
  const { status } = await callApi('/instances/stop', jsonPost(refOf(stopped)), { as: 'operator' });
  if (status !== 200) throw new Error(`the stop answered ${status}`);
});

describe('times on UTC’s clock', () => {
  it("writes the Audit page's and the Traces list's times, headings and time filters on UTC's clock once chosen", async () => {
    const { body } = await callApi<AuditPage>(
      `/audit?region=${stopped.region}&instance=${stopped.id}&action=stop`,
      {},
      { as: 'sre' },
    );
    const [record] = body.items;
    if (!record) throw new Error('the stop has no audit record');
    await page.goto(
      dashboardUrl(`/audit?region=${stopped.region}&instance=${stopped.id}&action=stop`),
    );
    await page.locator(ROW).first().waitFor();
    await expect(firstCell(page, ROW).textContent()).resolves.toBe(clockIn(ZONE, record.at));
    await expect(firstHeading(page)).resolves.toBe('Time');

    await chooseClock(page, 'UTC');

    await expect(firstHeading(page)).resolves.toBe('Time (UTC)');
    await expect(firstCell(page, ROW).textContent()).resolves.toBe(clockIn('UTC', record.at));
    // A time typed in the filter is read on the same clock: 09:30 is 09:30 UTC.
    await page.getByLabel('From (UTC)').fill('2026-01-04T09:30');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2026-01-04T09:30:00.000Z');
    await expect(page.getByLabel('From (UTC)').inputValue()).resolves.toBe('2026-01-04T09:30');

    // A request's trace reaches X-Ray seconds after its answer.
    const { body: traces } = await eventually(
      () => callApi<TracePage>(`/traces?instance=${stopped.id}&action=stop`, {}, { as: 'sre' }),
      (answer) => (answer.body.items?.length ?? 0) > 0,
      { withinMs: WAIT_MS },
    );
    const [trace] = traces.items;
    if (!trace) throw new Error('the stop has no trace');
    await page.goto(dashboardUrl(`/traces?window=15m&instance=${stopped.id}&action=stop`));
    const traceRow = `[data-testid="trace-row"][data-trace-id="${trace.id}"]`;
    await page.locator(traceRow).waitFor();
    await expect(firstHeading(page)).resolves.toBe('Time (UTC)');
    await expect(firstCell(page, traceRow).textContent()).resolves.toBe(
      clockIn('UTC', trace.startedAt),
    );
  });

  it('keeps the choice over a reload, and every open tab of the browser follows it', async () => {
    const audit = dashboardUrl(`/audit?region=${stopped.region}&instance=${stopped.id}`);
    await page.goto(audit);
    await page.locator(ROW).first().waitFor();
    // A second tab of the same browser, signed in by the first.
    const other = await page.context().newPage();
    other.setDefaultTimeout(WAIT_MS);
    await other.goto(audit);
    await other.locator(ROW).first().waitFor();
    await expect(firstHeading(other)).resolves.toBe('Time');

    await chooseClock(page, 'UTC');

    await other.getByRole('columnheader', { name: 'Time (UTC)' }).waitFor();
    await page.reload();
    await page.locator(ROW).first().waitFor();
    await expect(firstHeading(page)).resolves.toBe('Time (UTC)');

    // Chromium's ICU may spell the zone by its older name (Asia/Katmandu).
    await chooseClock(page, /^Your zone \(Asia\/Kat/);

    await other.getByRole('columnheader', { name: 'Time', exact: true }).waitFor();
    await expect(firstHeading(page)).resolves.toBe('Time');
  });

  it('follows a choice another tab made while this one showed no time', async () => {
    const nav = (on: Page, name: string) =>
      on.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await page.goto(dashboardUrl(`/audit?region=${stopped.region}&instance=${stopped.id}`));
    await page.locator(ROW).first().waitFor();
    const other = await page.context().newPage();
    other.setDefaultTimeout(WAIT_MS);
    await other.goto(dashboardUrl('/audit'));
    await other.getByRole('columnheader', { name: 'Time', exact: true }).waitFor();
    // The instance list (its default columns) shows no time: nothing on it follows the clock.
    await nav(other, 'Instances');
    await other.getByTestId('instance-row').first().waitFor();

    await chooseClock(page, 'UTC');
    await nav(other, 'Audit');

    await other.getByRole('columnheader', { name: 'Time (UTC)' }).waitFor();
  });

  it("labels the charts on UTC's clock, and says the zone of a monitoring tab's last update", async () => {
    // The Service health view's chart of every function's requests over the last hour: the
    // stack's own requests draw it, whatever other tests did to the fleet.
    await page.goto(dashboardUrl('/health'));
    const ticks = page.getByTestId('chart-timeline').locator('.recharts-cartesian-axis-tick-value');
    await ticks.first().waitFor();

    await chooseClock(page, 'UTC');

    // Every x-axis label is a time of day within the last hour on UTC's clock (Kathmandu's, 5 h
    // 45 min ahead, are not); the y-axis' are counts.
    const nowMinute = minuteOfDay(clockIn('UTC', new Date().toISOString()));
    const minutesAgo = (label: string): number => (nowMinute - minuteOfDay(label) + 1440) % 1440;
    const labels = await eventually(
      async () => (await ticks.allTextContents()).filter((label) => /^\d{2}:\d{2}$/.test(label)),
      (found) => found.length > 2 && found.every((label) => minutesAgo(label) <= 70),
      { withinMs: 5_000 },
    );
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.map((label) => [label, minutesAgo(label) <= 70])).toEqual(
      labels.map((label) => [label, true]),
    );

    // An instance's monitoring tab says when its charts were last read, and on which clock.
    await page.goto(dashboardUrl(`/instances/${stopped.region}/${stopped.id}?tab=monitoring`));
    await page.getByText(/ · updated \d{2}:\d{2} UTC$/).waitFor();
  });
});
