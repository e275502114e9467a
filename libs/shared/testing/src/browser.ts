import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { watchCspViolations } from './csp-violations';

/** Debian's chromium package; playwright-core ships no browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a headless Chromium in a container: no sandbox (no user namespaces there), no GPU, no
 * /dev/shm (often 64 MB), and none of the background traffic a machine without internet would
 * wait on.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Starts a headless Chromium for browser tests; close it in `afterAll`. Every context and page it
 * opens reports CSP violations (`watchCspViolations`).
 *
 * @example
 * const browser = await launchBrowser();
 * const page = await browser.newPage();
 * await page.goto(stackUrls().web);
 * await browser.close();
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args): Promise<BrowserContext> => {
    const context = await newContext(...args);
    await watchCspViolations(context);
    return context;
  };
  // browser.newPage opens a context of its own: watch that one too.
  browser.newPage = async (...args): Promise<Page> => {
    const context = await browser.newContext(...args);
    const page = await context.newPage();
    // Its context goes with it; by then the browser itself may be closing, which closes it anyway.
    page.on('close', () => {
      context.close().catch(() => undefined);
    });
    return page;
  };
  return browser;
}
