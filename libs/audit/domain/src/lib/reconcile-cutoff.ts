/** Added to the action functions' timeout before an open attempt may be judged stuck. */
export const RECONCILE_MARGIN_SECONDS = 5;

/** What decides which open attempts reconciliation may close. */
export interface ReconcileWindow {
  readonly now: Date;
  /** What the caller asked for (`?minAgeSeconds=`); never below the floor. */
  readonly minAgeSeconds: number;
  /** The action functions' timeout: no request can still be running after it. */
  readonly actionTimeoutSeconds: number;
}

/**
 * The newest claim time an attempt may have and still be reconciled: older than the caller's
 * `minAgeSeconds` **and** older than the action functions' timeout plus a margin, whatever the
 * caller asked. A younger attempt may belong to a request that is still running and about to
 * write its own outcome; closing it would give the attempt two contradicting closings.
 *
 * @example
 * reconcileCutoff({ now, minAgeSeconds: 0, actionTimeoutSeconds: 10 }); // now − 15 s
 */
export function reconcileCutoff(window: ReconcileWindow): Date {
  const floor = window.actionTimeoutSeconds + RECONCILE_MARGIN_SECONDS;
  return new Date(window.now.getTime() - Math.max(window.minAgeSeconds, floor) * 1000);
}

/**
 * Whether a claim (an attempt's, or a closer's) made at `at` is older than the cutoff.
 *
 * @example
 * isOlderThan('2026-11-26T10:00:00.000Z', reconcileCutoff(window)); // true once past the floor
 */
export function isOlderThan(at: string, cutoff: Date): boolean {
  return Date.parse(at) <= cutoff.getTime();
}

/**
 * A function timeout from configuration (`FUNCTION_TIMEOUT_SECONDS`, set from serverless.yml's
 * `timeout` param); Lambda's default 10 s where it is missing or not a positive number.
 *
 * @example
 * functionTimeoutSeconds(process.env.FUNCTION_TIMEOUT_SECONDS); // 10 on AWS, 30 locally
 */
export function functionTimeoutSeconds(value: string | undefined): number {
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 10;
}
