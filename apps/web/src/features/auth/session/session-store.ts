import type { Principal } from '@fleet/access';
import type { CognitoAuth } from '../api/cognito-types';
import { AuthError } from '../utils/auth-error';
import { isRenewalDue, renewDelayMs } from '../utils/refresh-timing';
import {
  clearSession,
  loadSession,
  principalOf,
  saveSession,
  sessionFromTokens,
  type Session,
  type TokenSet,
} from '../utils/session';

/** How a tab's last session ended: the sign-in page words its greeting after it. */
export type SessionEnd = 'signed-out' | 'expired';

/** What components read; a new object only when something changed (for useSyncExternalStore). */
export interface AuthSnapshot {
  readonly session: Session | null;
  readonly principal: Principal | null;
  readonly ended: SessionEnd | null;
}

export interface SessionStoreOptions {
  storage: Storage;
  /** The Cognito calls, loaded on first use. */
  cognito: () => Promise<CognitoAuth>;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** The tab's sign-in state, outside React so the API client can ask it for a token per request. */
export interface SessionStore {
  getSnapshot(): AuthSnapshot;
  subscribe(listener: () => void): () => void;
  /** Starts a session from the tokens of a completed sign-in. */
  signedIn(tokens: TokenSet): void;
  /** `Bearer <IdToken>` for the next request, renewed first when due; `undefined` when signed out. */
  authorization(): Promise<string | undefined>;
  /** Renews the ID token with the refresh token (one renewal at a time); `false` when it failed. */
  renew(): Promise<boolean>;
  /** The API refused the session even after a renewal: end it, and sign-in will ask again. */
  expire(): void;
  /** Another tab signed out (and revoked the refresh token): end this tab's session too. */
  signedOutElsewhere(): void;
  /** Ends the session here at once and revokes its refresh token at Cognito, best effort. */
  signOut(): Promise<void>;
}

// A renewal that failed for lack of an answer is retried this much later, while the token lasts.
const RETRY_RENEWAL_MS = 30_000;

/**
 * Creates the tab's session store, resuming the session `storage` holds (a reload keeps it).
 *
 * @example
 * const store = createSessionStore({ storage: sessionStorage, cognito: () => loadCognito(config.cognito) });
 * const api = createApiClient(config.apiUrl, { authorization: store.authorization });
 */
export function createSessionStore(options: SessionStoreOptions): SessionStore {
  const { storage, cognito } = options;
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const listeners = new Set<() => void>();
  let snapshot: AuthSnapshot = snapshotOf(loadSession(storage), null);
  let renewing: Promise<boolean> | null = null;
  let timer: unknown;

  function snapshotOf(session: Session | null, ended: SessionEnd | null): AuthSnapshot {
    return { session, principal: session ? principalOf(session) : null, ended };
  }

  function publish(session: Session | null, ended: SessionEnd | null): void {
    if (session) saveSession(storage, session);
    else clearSession(storage);
    snapshot = snapshotOf(session, ended);
    scheduleRenewal();
    listeners.forEach((listener) => listener());
  }

  /** Renews ahead of expiry only while something shows the session: a bare store stays idle. */
  function scheduleRenewal(): void {
    const session = snapshot.session;
    schedule(session && listeners.size > 0 ? renewDelayMs(session, now()) : null);
  }

  function schedule(delayMs: number | null): void {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (delayMs === null) return;
    timer = setTimer(() => {
      timer = undefined;
      void renewOnTimer();
    }, delayMs);
  }

  async function renewOnTimer(): Promise<void> {
    const renewed = await store.renew();
    // Offline or Cognito down: keep the session and try again while the token may still live.
    if (!renewed && snapshot.session && listeners.size > 0) schedule(RETRY_RENEWAL_MS);
  }

  async function renewOnce(session: Session): Promise<boolean> {
    try {
      const tokens = await (await cognito()).renew(session.refreshToken);
      // Signed out (or in as someone else) meanwhile: these tokens belong to nobody now.
      if (snapshot.session?.refreshToken !== session.refreshToken) return false;
      publish(sessionFromTokens(tokens, now(), session.refreshToken), null);
      return true;
    } catch (error) {
      const transient = error instanceof AuthError && error.isTransient;
      if (!transient && snapshot.session?.refreshToken === session.refreshToken) {
        // The refresh token itself was refused (expired, revoked): nothing left to renew with.
        publish(null, 'expired');
      }
      return false;
    }
  }

  const store: SessionStore = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) scheduleRenewal();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) schedule(null);
      };
    },
    signedIn(tokens) {
      publish(sessionFromTokens(tokens, now()), null);
    },
    async authorization() {
      if (snapshot.session && isRenewalDue(snapshot.session, now())) await store.renew();
      // Even a renewal that failed leaves the old token worth trying: the API has the last word.
      return snapshot.session ? `Bearer ${snapshot.session.idToken}` : undefined;
    },
    renew() {
      const session = snapshot.session;
      if (!session) return Promise.resolve(false);
      renewing ??= renewOnce(session).finally(() => {
        renewing = null;
      });
      return renewing;
    },
    expire() {
      if (snapshot.session) publish(null, 'expired');
    },
    signedOutElsewhere() {
      if (snapshot.session) publish(null, 'signed-out');
    },
    async signOut() {
      const session = snapshot.session;
      publish(null, 'signed-out');
      if (!session) return;
      try {
        await (await cognito()).revoke(session.refreshToken);
      } catch {
        // Best effort: the tokens are gone from this tab already, and the ID token dies within the hour.
      }
    },
  };
  return store;
}
