import type { Page, Route } from 'playwright-core';

/** Requests held back by the browser, to let go at a moment the test chooses. */
export interface HeldBack {
  /** How many are waiting. */
  held: () => number;
  /** The URLs of those waiting (one may be asked for twice: a module preload and its import). */
  heldUrls: () => string[];
  /** Lets every waiting request (and every later one) go on, unchanged. */
  release: () => Promise<void>;
}

/**
 * Holds every request of `page` matching `pattern` until `release()`: how a test makes one
 * download or API call slow while the rest of the page goes on.
 *
 * @example
 * const chunk = await holdBack(page, /\/assets\/filter-bar-[\w-]+\.js$/);
 * … // the page without its filter bar
 * await chunk.release();
 */
export async function holdBack(
  page: Page,
  pattern: RegExp | string | ((url: URL) => boolean),
): Promise<HeldBack> {
  const waiting: Route[] = [];
  let released = false;
  await page.route(pattern, async (route) => {
    if (released) await route.continue();
    else waiting.push(route);
  });
  return {
    held: () => waiting.length,
    heldUrls: () => waiting.map((route) => route.request().url()),
    release: async () => {
      released = true;
      await Promise.all(waiting.splice(0).map((route) => route.continue()));
    },
  };
}
