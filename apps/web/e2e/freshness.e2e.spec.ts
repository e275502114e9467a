import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ec2ReportsState,
  instanceSupply,
  launchBrowser,
  signInThroughDashboard,
  stopOutsideConsole,
} from '@fleet/testing';

// The built dashboard against the local stack: the list follows a change made outside the
// console (straight to EC2) through the emulator's events, the inventory and the list's own
// refresh — no click, no reload.
jest.setTimeout(120_000);

function webUrl(): string {
  const url = process.env.FLEET_WEB_URL;
  if (!url) throw new Error('FLEET_WEB_URL is not set: run this test in jest\'s "stack" project');
  return url.replace(/\/+$/, '');
}

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(45_000);
  await signInThroughDashboard(page, 'admin');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

it('shows a stop made outside the console within 5 s of EC2 reporting it, without a click', async () => {
  const instance = await (await instanceSupply('identity')).next('running');
  await page.goto(`${webUrl()}/instances?q=${instance.id}`);
  const row = page.locator(`[data-instance-id="${instance.id}"]`);
  await row.waitFor();
  await page.getByText(/Updated \d+ s ago/).waitFor();

  await stopOutsideConsole(instance);
  const stoppedAt = await ec2ReportsState(instance, 'stopped');
  // The phone layout repeats the state under the name: read the State column's chip.
  await row.locator('[data-column="state"] [data-state="stopped"]').waitFor({ timeout: 10_000 });

  expect(Date.now() - stoppedAt).toBeLessThanOrEqual(5_000);
});
