import { readFile } from 'node:fs/promises';
import type { InstanceSummary } from '@fleet/contract';
import type { Page } from 'playwright-core';
import { callApi } from '@fleet/testing';
import { adminListPagePerTest, LIST_WAIT_MS } from './support/instance-list-page';

// The instance list's CSV export in Chromium, through the built dashboard, the API under
// serverless-offline and the seeded fleet (60 instances in 3 regions). The one stand-in is the
// native save dialog, which no test can click: it "chooses" a file in the origin-private file
// system, a real file the page streams to through the same FileSystemFileHandle API, and the test
// reads back.
jest.setTimeout(120_000);

let page: Page;

const openList = adminListPagePerTest((opened) => {
  page = opened;
});

const STATUS = '[data-testid="export-status"]';
const EXPORT_FILE = 'export.csv';

/** Replaces the save dialog: it records what it was asked and hands back an origin-private file. */
async function pickerChoosesPrivateFile(): Promise<void> {
  await page.addInitScript((name) => {
    Object.assign(window, {
      showSaveFilePicker: async (options: unknown) => {
        Object.assign(window, { pickerAsked: options });
        const root = await navigator.storage.getDirectory();
        return root.getFileHandle(name, { create: true });
      },
    });
  }, EXPORT_FILE);
}

async function readExportFile(): Promise<string> {
  return page.evaluate(async (name) => {
    const root = await navigator.storage.getDirectory();
    return (await (await root.getFileHandle(name)).getFile()).text();
  }, EXPORT_FILE);
}

/** Every text the export's status line shows, in order, from now on. */
async function recordStatuses(): Promise<() => Promise<string[]>> {
  await page.locator(STATUS).waitFor({ state: 'attached', timeout: LIST_WAIT_MS });
  await page.evaluate((selector) => {
    const seen: string[] = [];
    const status = document.querySelector(selector);
    if (!status) throw new Error('no export status line');
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    Object.assign(window, { exportStatuses: seen });
  }, STATUS);
  return () =>
    page.evaluate(() => (window as unknown as { exportStatuses: string[] }).exportStatuses);
}

async function statusIs(text: string): Promise<void> {
  await page.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.textContent === expected,
    [STATUS, text] as const,
    { timeout: LIST_WAIT_MS },
  );
}

/** Every request and answer from now on waits `ms` on the wire (Chromium's network emulation). */
async function slowNetwork(ms: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: ms,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}

describe('the instance list CSV export', () => {
  it('streams every matching row to the file chosen in the save dialog, with progress', async () => {
    const { body: summary } = await callApi<InstanceSummary>('/instances/summary?state=running');
    await pickerChoosesPrivateFile();
    await openList('?state=running&limit=25');
    expect(summary.total).toBeGreaterThan(25);
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="instances-total"]')?.textContent === text,
      `${summary.total} instances`,
      { timeout: LIST_WAIT_MS },
    );
    const statuses = await recordStatuses();
    let downloads = 0;
    page.on('download', () => (downloads += 1));

    await page.getByTestId('export-csv').click();
    await statusIs(`Exported ${summary.total} rows.`);

    const lines = (await readExportFile()).split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toMatch(/^name,instance_id,state,instance_type,region,/);
    expect(lines).toHaveLength(summary.total + 1);
    expect(lines.slice(1).every((line) => line.split(',')[2] === 'running')).toBe(true);
    expect(new Set(lines.slice(1).map((line) => line.split(',')[1])).size).toBe(summary.total);
    expect(await statuses()).toContain(`Exporting 0 of ${summary.total} rows…`);
    const asked = await page.evaluate(
      () => (window as unknown as { pickerAsked: unknown }).pickerAsked,
    );
    expect(asked).toMatchObject({
      suggestedName: expect.stringMatching(/^instances-.*\.csv$/),
      types: [{ accept: { 'text/csv': ['.csv'] } }],
    });
    expect(downloads).toBe(0);
  });

  it('keeps no rows when cancelled while the rows are on their way', async () => {
    await pickerChoosesPrivateFile();
    await openList('?limit=25');
    await page.getByTestId('export-csv').waitFor();
    // Three seconds a request: the cancel lands while the first page is on the wire.
    await slowNetwork(3_000);

    await page.getByTestId('export-csv').click();
    await page.getByRole('button', { name: 'Cancel export' }).click();

    await statusIs('Export cancelled: no rows were saved.');
    expect(await readExportFile()).toBe('');
    expect(await page.getByRole('button', { name: 'Cancel export' }).count()).toBe(0);
  });

  it('downloads the file at the end where the browser has no save dialog (Firefox, Safari)', async () => {
    const { body: summary } = await callApi<InstanceSummary>('/instances/summary?state=running');
    await page.addInitScript(() => {
      Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
    });
    await openList('?state=running&limit=25');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const lines = (await readFile(await download.path(), 'utf8'))
      .split('\r\n')
      .filter((line) => line !== '');

    expect(lines[0]).toMatch(/^name,instance_id,state,instance_type,region,/);
    expect(lines).toHaveLength(summary.total + 1);
    expect(lines.slice(1).every((line) => line.split(',')[2] === 'running')).toBe(true);
    await statusIs(`Exported ${summary.total} rows.`);
  });
});
