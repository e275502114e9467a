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
}

/**
 * Registers, for the calling test file, one Chromium for the file and a fresh context and page per
 * test (its own sessionStorage, so no session leaks between tests); hands each new page to `use`.
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
    context = await browser.newContext({ viewport: { ...options.viewport } });
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs);
    if (options.signInAs) await signInThroughDashboard(page, options.signInAs);
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
