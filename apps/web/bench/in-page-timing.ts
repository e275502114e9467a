// The dashboard bench's second clock: the page's own. The bench times each act from Node, through
// Playwright, which on a loaded 2-core machine adds its own delays (protocol round trips, its
// actionability checks); the page records the same act from the operator's input event (or the
// navigation's start) to the DOM change that put new rows in, so the two can be told apart.
import type { Page } from 'playwright-core';

interface BenchClock {
  /** `event.timeStamp` of the last keydown or mousedown. */
  input: number;
  /** `performance.now()` when the rows' ids last changed. */
  rows: number;
  ids: string;
}

/**
 * Installs, before any of the page's scripts on every navigation, a recorder of the last input
 * event and of the last change of the rows matching `rowSelector`.
 *
 * @example
 * await watchRowsInPage(page, '[data-testid="instance-row"]');
 */
export async function watchRowsInPage(page: Page, rowSelector: string): Promise<void> {
  await page.addInitScript((selector: string) => {
    const clock: BenchClock = { input: 0, rows: 0, ids: '' };
    (window as unknown as { __benchClock: BenchClock }).__benchClock = clock;
    for (const type of ['keydown', 'mousedown'])
      addEventListener(type, (event) => (clock.input = event.timeStamp), true);
    new MutationObserver(() => {
      const ids = [...document.querySelectorAll(selector)]
        .map((row) => row.getAttribute('data-instance-id'))
        .join(',');
      if (ids && ids !== clock.ids) {
        clock.ids = ids;
        clock.rows = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
  }, rowSelector);
}

/**
 * Ms from the act's start, by the page's clock, to its new rows: from the navigation's start, or
 * from the last input event.
 */
export async function inPageMs(page: Page, from: 'navigation' | 'input'): Promise<number> {
  return page.evaluate((start) => {
    const clock = (window as unknown as { __benchClock: BenchClock }).__benchClock;
    return clock.rows - (start === 'navigation' ? 0 : clock.input);
  }, from);
}
