/**
 * Why signing in or renewing a session failed, in terms the page can act on:
 * - `wrong-credentials`, `unknown-user`, `wrong-code`, `invalid-password`: the user can fix it;
 * - `rejected`: the account cannot sign in as it is (disabled, unconfirmed, session gone);
 * - `unreachable`, `unavailable`, `throttled`: Cognito did not answer usefully — retry later;
 * - `misconfigured`: the console's own settings are wrong (a deployment problem);
 * - `unsupported`: Cognito asked for a step this console does not offer.
 */
export type AuthErrorKind =
  | 'wrong-credentials'
  | 'unknown-user'
  | 'wrong-code'
  | 'invalid-password'
  | 'rejected'
  | 'unreachable'
  | 'unavailable'
  | 'throttled'
  | 'misconfigured'
  | 'unsupported';

/** A sign-in or renewal failure with a message written for the person at the keyboard. */
export class AuthError extends Error {
  override name = 'AuthError';
  readonly kind: AuthErrorKind;

  constructor(kind: AuthErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }

  /** Failures that say nothing about the session itself: it may still be renewed later. */
  get isTransient(): boolean {
    return this.kind === 'unreachable' || this.kind === 'unavailable' || this.kind === 'throttled';
  }
}
