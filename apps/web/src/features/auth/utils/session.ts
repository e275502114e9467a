import { principalFromGroups, type Principal } from '@fleet/access';
import * as z from 'zod/mini';
import { idTokenClaims } from './jwt';

/** What Cognito answers on sign-in or renewal; a renewal brings no new refresh token. */
export interface TokenSet {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken?: string | undefined;
  /** The ID and access tokens' lifetime, from Cognito's `ExpiresIn`. */
  readonly expiresInSeconds: number;
}

const SessionSchema = z.object({
  idToken: z.string().check(z.minLength(1)),
  accessToken: z.string().check(z.minLength(1)),
  refreshToken: z.string().check(z.minLength(1)),
  /** Epoch milliseconds on this browser's clock. */
  expiresAt: z.number(),
});

/** A signed-in tab's tokens. */
export type Session = z.infer<typeof SessionSchema>;

/** Where a tab keeps its session: `sessionStorage`, so it survives a reload but not the tab. */
export const SESSION_STORAGE_KEY = 'fleet-console.session';

/**
 * Builds a session from Cognito's answer. The expiry is counted from `ExpiresIn` on this
 * browser's clock rather than read from the token's `exp`, so a skewed clock cannot make the
 * dashboard renew too late.
 *
 * @example
 * sessionFromTokens({ idToken, accessToken, refreshToken, expiresInSeconds: 3600 }, Date.now());
 */
export function sessionFromTokens(
  tokens: TokenSet,
  now: number,
  previousRefreshToken?: string,
): Session {
  const refreshToken = tokens.refreshToken ?? previousRefreshToken;
  if (!refreshToken) throw new Error('Cognito answered no refresh token');
  return {
    idToken: tokens.idToken,
    accessToken: tokens.accessToken,
    refreshToken,
    expiresAt: now + tokens.expiresInSeconds * 1000,
  };
}

/** The signed-in user: roles and teams from the ID token's `cognito:groups`. */
export function principalOf(session: Session): Principal {
  const { sub, email, groups } = idTokenClaims(session.idToken);
  return principalFromGroups(sub, email, groups);
}

/** Keeps the session for this tab. */
export function saveSession(storage: Storage, session: Session): void {
  storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
}

/**
 * The tab's session, or `null` when there is none or what is stored is unreadable (an older
 * format, a hand-edited value): the user then simply signs in again.
 */
export function loadSession(storage: Storage): Session | null {
  const raw = storage.getItem(SESSION_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = SessionSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    principalOf(parsed.data);
    return parsed.data;
  } catch {
    return null;
  }
}

export function clearSession(storage: Storage): void {
  storage.removeItem(SESSION_STORAGE_KEY);
}
