import type { DemoUserKey } from '@fleet/demo-users';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { signInThroughDashboard } from './browser-sign-in';
import { stackUrls } from './stack-urls';

/** How a browser test file wants its pages. */
export interface DashboardPageOptions {
  readonly viewport: { readonly width: number; readonly height: number };
  /** Every wait of the page (selectors, navigations). */
  readonly timeoutMs: number;
  /** Signs this demo user in before each test; left out, each test starts signed out. */
  readonly signInAs?: DemoUserKey;
  /** The browser's time zone (IANA), as an operator elsewhere has it; the machine's when left out. */
  readonly timezoneId?: string;
}

// The session each demo user got when they first signed in through the form in this test file.
// Later tests of the file start from it, as a reload of a signed-in tab does, rather than typing
// the password again: that took 2.6 s a test on a 2-core machine, over a hundred tests. Signing in
// itself is the sign-in spec's to test (and the first test of each file still does it).
const sessions = new Map<DemoUserKey, [string, string][]>();

async function signIn(page: Page, key: DemoUserKey): Promise<void> {
  const saved = sessions.get(key);
  if (!saved) {
    await signInThroughDashboard(page, key);
    sessions.set(key, await page.evaluate(() => Object.entries(sessionStorage)));
    return;
  }
  // A tab's sessionStorage belongs to the tab and the origin: it is set on a small file of the
  // dashboard's origin, and the dashboard then opens on it.
  await page.goto(dashboardUrl('/favicon.svg'));
  await page.evaluate((entries) => {
    for (const [name, value] of entries) sessionStorage.setItem(name, value);
  }, saved);
  await page.goto(dashboardUrl('/'));
  // The console sends a signed-in tab on from / to the list, a signed-out one to the sign-in page:
  // / itself says neither.
  await page.waitForURL((url) => url.pathname !== '/');
  if (new URL(page.url()).pathname.startsWith('/sign-in'))
    throw new Error(`the session ${key} got on signing in did not sign a new tab in`);
}

/**
 * Registers, for the calling test file, one Chromium for the file and a fresh context and page per
 * test (its own sessionStorage: no session leaks from one test to the next; a signed-in test starts
 * from the session of the file's first sign-in); hands each new page to `use`.
 *
 * @example
 * let page: Page;
 * dashboardPagePerTest({ viewport: { width: 1440, height: 900 }, timeoutMs: 45_000, signInAs: 'admin' }, (opened) => {
 *   page = opened;
 * });
 */
export function dashboardPagePerTest(
  options: DashboardPageOptions,
  use: (page: Page) => void,
): void {
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { ...options.viewport },
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs);
    if (options.signInAs) await signIn(page, options.signInAs);
    use(page);
  });

  afterEach(async () => {
    await context?.close();
  });
}

/**
 * A URL of the dashboard the stack serves.
 *
 * @example
 * await page.goto(dashboardUrl('/instances?limit=10'));
 */
export function dashboardUrl(path: string): string {
  return `${stackUrls().web.replace(/\/+$/, '')}${path}`;
}
