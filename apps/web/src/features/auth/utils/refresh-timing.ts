import type { Session } from './session';

/**
 * How long before expiry the ID token is renewed: long enough for a slow renewal to land before
 * the old token dies, short next to Cognito's shortest lifetime (5 minutes; 1 hour by default).
 */
export const RENEW_MARGIN_MS = 2 * 60_000;

/**
 * Milliseconds from `now` until the session should be renewed; 0 when it is already due.
 *
 * @example
 * renewDelayMs({ ...session, expiresAt: now + 3_600_000 }, now); // 3_480_000 (58 minutes)
 */
export function renewDelayMs(session: Session, now: number): number {
  return Math.max(0, session.expiresAt - RENEW_MARGIN_MS - now);
}

/**
 * Whether the ID token should be renewed before the next request. Timers do not run while a
 * laptop sleeps: one that wakes past its renewal time is caught here.
 */
export function isRenewalDue(session: Session, now: number): boolean {
  return renewDelayMs(session, now) === 0;
}
