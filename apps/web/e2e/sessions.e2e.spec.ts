import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signInThroughDashboard, stackUrls } from '@fleet/testing';

// Tabs of one browser share a session over BroadcastChannel; sessionStorage stays per tab.
jest.setTimeout(180_000);
const WAIT_MS = 45_000;
const ROW = '[data-testid="instance-row"]';

let browser: Browser;
let context: BrowserContext;
let first: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  first = await context.newPage();
  first.setDefaultTimeout(WAIT_MS);
  await signInThroughDashboard(first, 'operator', '/instances');
  await first.waitForSelector(ROW);
});

afterEach(async () => {
  await context?.close();
});

/** Ctrl-click on the first row's name: the browser opens the instance in a new tab. */
async function openInNewTab(): Promise<Page> {
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    first
      .locator(`${ROW} [data-column="name"] a`)
      .first()
      .click({ modifiers: ['Control'] }),
  ]);
  tab.setDefaultTimeout(WAIT_MS);
  return tab;
}

describe('sessions across tabs', () => {
  it('opens a ctrl-clicked instance in a new tab that is already signed in', async () => {
    const tab = await openInNewTab();

    await tab.getByTestId('instance-title').waitFor();

    expect(new URL(tab.url()).pathname).toMatch(/^\/instances\/[^/]+\/i-/);
    await expect(tab.getByTestId('user-role').textContent()).resolves.toBe('operator');
  });

  it('keeps tokens out of localStorage and cookies', async () => {
    const tab = await openInNewTab();
    await tab.getByTestId('instance-title').waitFor();

    const stored = await tab.evaluate(() => JSON.stringify({ ...window.localStorage }));
    const cookies = await context.cookies(stackUrls().web);

    expect(stored).not.toMatch(/eyJ/);
    expect(cookies).toEqual([]);
  });

  it('signs every tab out when one signs out', async () => {
    const tab = await openInNewTab();
    await tab.getByTestId('instance-title').waitFor();

    await first.getByRole('button', { name: /^Account:/ }).click();
    await first.getByRole('menuitem', { name: 'Sign out' }).click();

    await tab.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    await first.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    expect(
      await tab.evaluate(() => window.sessionStorage.getItem('fleet-console.session')),
    ).toBeNull();
  });
});
