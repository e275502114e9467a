/** The first wait after a lost race; it doubles with each loss, up to the writer's cap. */
export const BACKOFF_BASE_MS = 10;
/** No single wait of an outcome exceeds this: a chain's head moves every few milliseconds under
 * contention, so a long wait mostly wastes time the budget could use. */
export const BACKOFF_CAP_MS = 100;
/**
 * An attempt waits up to four times longer than an outcome: on a hot chain the outcomes (EC2 has
 * acted; giving up leaves the attempt open) win the head, and attempts (nothing done yet; giving
 * up answers 503 + Retry-After) yield to them.
 */
export const ATTEMPT_BACKOFF_CAP_MS = 400;

/** What is being appended: an attempt (before EC2) or the record closing one (after). */
export type AppendKind = 'attempt' | 'outcome';

/**
 * How long an append waits after losing its `tries`-th race for a chain's head: "full jitter"
 * (a uniform draw up to an exponentially growing ceiling), so writers that lost together do not
 * come back together and lose together again. Attempts back off further than outcomes.
 *
 * @example
 * await sleep(backoffDelayMs(3, Math.random)); // somewhere in [0, 80) ms
 * backoffDelayMs(8, () => 0.5, 'attempt'); // 200
 */
export function backoffDelayMs(
  tries: number,
  random: () => number,
  kind: AppendKind = 'outcome',
): number {
  const cap = kind === 'attempt' ? ATTEMPT_BACKOFF_CAP_MS : BACKOFF_CAP_MS;
  const ceiling = Math.min(cap, BACKOFF_BASE_MS * 2 ** Math.max(0, tries));
  return Math.floor(random() * ceiling);
}

/**
 * The time one append may spend retrying, as a share of the function's timeout (the same
 * `timeout` param that serverless.yml gives the functions): an attempt gets a quarter of it, so
 * the action and its outcome still fit; an outcome, written after EC2 acted, gets half.
 *
 * @example
 * appendBudgetMs('outcome', 10); // 5000
 */
export function appendBudgetMs(kind: AppendKind, timeoutSeconds: number): number {
  return Math.round(timeoutSeconds * 1000 * (kind === 'attempt' ? 0.25 : 0.5));
}
