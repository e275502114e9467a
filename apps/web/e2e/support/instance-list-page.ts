import { dashboardPagePerTest, dashboardUrl } from '@fleet/testing';
import type { Page } from 'playwright-core';

/** A row of the instance list. */
export const ROW = '[data-testid="instance-row"]';

/**
 * How long one step may wait: the first calls pay the functions' cold start under
 * serverless-offline (20 s and more on a busy 2-core machine), later ones 1-3 s.
 */
export const LIST_WAIT_MS = 45_000;

/**
 * The instance list's browser tests' set-up: a fresh tab per test, 1440×900, signed in as the
 * admin, who sees the whole fleet (every region and team the tests count on); the session lives
 * in the tab's sessionStorage, so later navigations stay signed in. `use` receives each test's
 * tab; the answer opens the list at a search and waits for its first rows.
 *
 * @example
 * let page: Page;
 * const openList = adminListPagePerTest((opened) => (page = opened));
 * it('…', async () => { await openList('?state=running'); … });
 */
export function adminListPagePerTest(use: (page: Page) => void): (search: string) => Promise<void> {
  let page: Page | undefined;
  dashboardPagePerTest(
    { viewport: { width: 1440, height: 900 }, timeoutMs: LIST_WAIT_MS, signInAs: 'admin' },
    (opened) => {
      page = opened;
      use(opened);
    },
  );
  return async (search) => {
    if (!page) throw new Error('openList is for use inside a test');
    await page.goto(dashboardUrl(`/instances${search}`));
    await page.waitForSelector(ROW);
  };
}
