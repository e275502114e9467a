import type { BrowserContext } from 'playwright-core';

/** A Content-Security-Policy violation a page reported (`securitypolicyviolation`). */
export interface CspViolation {
  readonly page: string;
  readonly directive: string;
  readonly blocked: string;
}

const seen: CspViolation[] = [];
let pages = 0;

/**
 * Makes every page of a browser context report the CSP violations the browser refuses: the
 * preview serves the deployed CSP, so a refused script or style shows here before production.
 * `launchBrowser` watches every context it creates; the stack project's guard fails a test
 * that leaves a violation behind (tools/testing/src/csp-guard.ts).
 *
 * @example
 * await watchCspViolations(context);
 */
export async function watchCspViolations(context: BrowserContext): Promise<void> {
  context.on('page', () => {
    pages += 1;
  });
  await context.exposeBinding('__reportCspViolation', ({ page }, violation: CspViolation) => {
    seen.push({ ...violation, page: page.url() });
  });
  // A string, not a function: this lib is compiled without the DOM's types.
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });`,
  });
}

/**
 * The violations reported since the last call, which forgets them.
 *
 * @example
 * expect(takeCspViolations()).toEqual([]);
 */
export function takeCspViolations(): CspViolation[] {
  return seen.splice(0);
}

/** How many pages were watched in this test file. */
export function watchedPages(): number {
  return pages;
}
