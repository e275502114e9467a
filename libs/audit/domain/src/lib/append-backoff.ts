/** The first wait after a lost race; it doubles with each loss, up to {@link BACKOFF_CAP_MS}. */
export const BACKOFF_BASE_MS = 10;
/** No single wait exceeds this: a chain's head moves every few milliseconds under contention, so a
 * long wait mostly wastes time the budget could use. */
export const BACKOFF_CAP_MS = 100;

/**
 * How long an append waits after losing its `tries`-th race for a chain's head: "full jitter"
 * (a uniform draw up to an exponentially growing ceiling), so writers that lost together do not
 * come back together and lose together again.
 *
 * @example
 * await sleep(backoffDelayMs(3, Math.random)); // somewhere in [0, 80) ms
 */
export function backoffDelayMs(tries: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, tries));
  return Math.floor(random() * ceiling);
}

/**
 * The time one append may spend retrying, as a share of the function's timeout (the same
 * `timeout` param that serverless.yml gives the functions): an attempt gets a quarter of it, so
 * the action and its outcome still fit; an outcome, written after EC2 acted, gets more.
 *
 * @example
 * appendBudgetMs('outcome', 10); // 4000
 */
export function appendBudgetMs(kind: 'attempt' | 'outcome', timeoutSeconds: number): number {
  return Math.round(timeoutSeconds * 1000 * (kind === 'attempt' ? 0.25 : 0.4));
}
