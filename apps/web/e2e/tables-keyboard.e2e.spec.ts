import type { ActionResponse, Instance } from '@fleet/contract';
import {
  auditRecordsOf,
  callApi,
  dashboardPagePerTest,
  dashboardUrl,
  instanceSupply,
  jsonPost,
  refOf,
} from '@fleet/testing';
import type { Page } from 'playwright-core';

// The tables with a link in every row as a keyboard user meets them: the Audit page's records,
// the trace search and the Function health table are data grids (one tab stop, arrow keys between
// cells), as the instance list is (list-keyboard). Before, each row's link was one more tab stop on
// the way past them: on the Audit page, more with every page of records loaded as it scrolls.
jest.setTimeout(120_000);

let page: Page;
dashboardPagePerTest(
  { viewport: { width: 1440, height: 900 }, timeoutMs: 45_000, signInAs: 'admin' },
  (opened) => {
    page = opened;
  },
);

const gridNamed = (name: string): string => `[role="grid"][aria-label="${name}"]`;
const GRID = gridNamed('Audit records');
const ROW = `${GRID} [data-testid="audit-row"]`;

/** Where the focus is: its row in `grid` (0 is the head), its column, its name. */
async function focus(
  grid = GRID,
): Promise<{ inGrid: boolean; row: number; column: number; label: string }> {
  return page.evaluate((grid) => {
    const element = document.activeElement as HTMLElement | null;
    const cell = element?.closest('td, th') as HTMLTableCellElement | null | undefined;
    return {
      inGrid: Boolean(element?.closest(grid)),
      row: (cell?.parentElement as HTMLTableRowElement | undefined)?.rowIndex ?? -1,
      column: cell?.cellIndex ?? -1,
      label: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
    };
  }, grid);
}

/**
 * Waits for the grid's code (a chunk of its own, after the rows) to have taken the rows' links
 * out of the tab order, and counts what is left in it.
 */
async function tabStopsOnceDrawn(grid: string): Promise<number> {
  await page.locator(`${grid} a[href][tabindex="-1"]`).first().waitFor({ state: 'attached' });
  return page.$$eval(
    `${grid} :is(a[href], button, input, [tabindex]):not([tabindex="-1"])`,
    (elements) => elements.length,
  );
}

/** The text of the tooltip on screen, once there is one. */
async function tooltip(): Promise<string> {
  const shown = page.getByRole('tooltip');
  await shown.waitFor();
  return (await shown.textContent()) ?? '';
}

describe('tables with a link in every row, keyboard', () => {
  let instance: Instance;

  beforeAll(async () => {
    // An instance with records of its own: a reboot writes its attempt and its outcome, each
    // linked to the request's trace.
    instance = await (await instanceSupply('payments')).next('running');
    for (let reboot = 0; reboot < 2; reboot += 1) {
      const { status } = await callApi<ActionResponse>(
        '/instances/reboot',
        jsonPost(refOf(instance)),
      );
      if (status !== 200) throw new Error(`the reboot answered ${status}`);
    }
  }, 120_000);

  it('is one tab stop: Tab leaves the records at once, Shift+Tab returns to the cell last focused', async () => {
    const records = await auditRecordsOf(instance);
    await page.goto(dashboardUrl(`/audit?region=${instance.region}&instance=${instance.id}`));
    const tabStops = await tabStopsOnceDrawn(GRID);
    expect(await page.locator(ROW).count()).toBe(records.length);
    // Every record of the reboots links its trace; one tab stop for all of them.
    expect(await page.locator(`${ROW} a[href]`).count()).toBeGreaterThanOrEqual(4);
    expect(tabStops).toBe(1);

    await page.locator(`${GRID} [tabindex="0"]`).focus();
    expect(await focus()).toEqual({ inGrid: true, row: 0, column: 0, label: 'Time' });
    await page.keyboard.press('Tab');
    expect((await focus()).inGrid).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focus()).toMatchObject({ inGrid: true, row: 0, column: 0 });

    // Down to the newest record's time: focused (no tab stop), its tooltip gives the exact time.
    await page.keyboard.press('ArrowDown');
    expect(await focus()).toMatchObject({ row: 1, column: 0 });
    expect(await tooltip()).toBe(records[0]?.at);
    // Right past Kind and Action (cells without a control, focused whole) to Outcome's trace link.
    await page.keyboard.press('ArrowRight');
    expect(await focus()).toMatchObject({ row: 1, column: 1, label: records[0]?.kind });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focus()).toEqual({
      inGrid: true,
      row: 1,
      column: 3,
      label: `Open trace ${records[0]?.traceId}`,
    });
    // The last record, and back out and in: the same link keeps the tab stop.
    await page.keyboard.press('Control+End');
    expect(await focus()).toMatchObject({ row: records.length, column: 7 });
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focus()).toMatchObject({
      row: 1,
      column: 3,
      label: expect.stringMatching(/^Open trace /),
    });
  });

  it("shows the actor's roles on focus, and opens a record's trace with Enter", async () => {
    const [newest] = await auditRecordsOf(instance);
    await page.goto(dashboardUrl(`/audit?region=${instance.region}&instance=${instance.id}`));
    expect(await tabStopsOnceDrawn(GRID)).toBe(1);
    await page.locator(`${GRID} [tabindex="0"]`).focus();

    await page.keyboard.press('ArrowDown');
    // Time, Kind, Action, Outcome, Instance, Actor.
    for (let press = 0; press < 5; press += 1) await page.keyboard.press('ArrowRight');
    expect(await focus()).toMatchObject({ row: 1, column: 5, label: newest?.actor.email });
    expect(await tooltip()).toBe(`${newest?.actor.sub} · ${newest?.actor.roles.join(', ')}`);

    for (let press = 0; press < 2; press += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/traces/${newest?.traceId}`);
  });

  it('lists traces and function health one tab stop each: Enter on a time opens its waterfall', async () => {
    const traces = gridNamed('Traces');
    await page.goto(dashboardUrl('/traces?window=15m'));
    // This file's reboots, at least, were traced.
    expect(await tabStopsOnceDrawn(traces)).toBe(1);
    expect(await page.locator(`${traces} a[href]`).count()).toBeGreaterThanOrEqual(2);
    const newest = await page
      .locator('[data-testid="trace-row"]')
      .first()
      .getAttribute('data-trace-id');

    await page.locator(`${traces} [tabindex="0"]`).focus();
    expect(await focus(traces)).toEqual({ inGrid: true, row: 0, column: 0, label: 'Time' });
    await page.keyboard.press('ArrowDown');
    expect(await focus(traces)).toMatchObject({ row: 1, column: 0 });
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/traces/${newest}`);

    const health = gridNamed('Function health');
    await page.goto(dashboardUrl('/health'));
    expect(await tabStopsOnceDrawn(health)).toBe(1);
    await page.locator(`${health} [tabindex="0"]`).focus();
    await page.keyboard.press('Control+End');
    const functions = await page.locator('[data-testid="health-row"]').count();
    expect(await focus(health)).toEqual({
      inGrid: true,
      row: functions,
      column: 6,
      label: 'Slowest traces',
    });
  });
});
