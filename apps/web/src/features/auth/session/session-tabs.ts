import { loadSession, saveSession, type Session } from '../utils/session';
import type { SessionStore } from './session-store';

/** Same-origin only, by the browser's rule: no other site can ask this channel for tokens. */
export const SESSION_CHANNEL = 'fleet-console:session';

type TabMessage =
  | { readonly type: 'request' }
  | { readonly type: 'session'; readonly session: Session }
  | { readonly type: 'signed-out' };

/** What a tab needs of BroadcastChannel; tests pass a pair of in-memory channels. */
export interface TabChannel {
  postMessage(message: TabMessage): void;
  addEventListener(type: 'message', listener: (event: { data: TabMessage }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: TabMessage }) => void): void;
  close(): void;
}

/**
 * Before the console starts in a tab without a session (ctrl/middle-click from another tab opens
 * one: sessionStorage is per tab), asks the open tabs of this browser for theirs and keeps the
 * first answer in this tab's sessionStorage. Tokens travel tab to tab in memory only — never
 * through localStorage or cookies. Resolves after `waitMs` when no tab answers.
 *
 * @example
 * await adoptSessionFromOtherTabs(sessionStorage, new BroadcastChannel(SESSION_CHANNEL), 200);
 */
export function adoptSessionFromOtherTabs(
  storage: Storage,
  channel: TabChannel,
  waitMs: number,
): Promise<boolean> {
  if (loadSession(storage)) {
    channel.close();
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const done = (adopted: boolean): void => {
      clearTimeout(timer);
      channel.removeEventListener('message', onMessage);
      channel.close();
      resolve(adopted);
    };
    const onMessage = (event: { data: TabMessage }): void => {
      if (event.data.type !== 'session') return;
      saveSession(storage, event.data.session);
      done(true);
    };
    const timer = setTimeout(() => done(false), waitMs);
    channel.addEventListener('message', onMessage);
    channel.postMessage({ type: 'request' });
  });
}

/**
 * Keeps this tab in step with the others: answers a new tab's request with this tab's session,
 * and signs every tab out when one signs out (the one that signed out revokes the refresh token).
 * Returns the disconnect.
 *
 * @example
 * useEffect(() => connectSessionTabs(store, new BroadcastChannel(SESSION_CHANNEL)), [store]);
 */
export function connectSessionTabs(store: SessionStore, channel: TabChannel): () => void {
  let fromPeer = false;
  let hadSession = store.getSnapshot().session !== null;
  const onMessage = (event: { data: TabMessage }): void => {
    const { session } = store.getSnapshot();
    if (event.data.type === 'request' && session) {
      channel.postMessage({ type: 'session', session });
    } else if (event.data.type === 'signed-out' && session) {
      fromPeer = true;
      store.signedOutElsewhere();
      fromPeer = false;
    }
  };
  const unsubscribe = store.subscribe(() => {
    const { session, ended } = store.getSnapshot();
    if (hadSession && !session && ended === 'signed-out' && !fromPeer) {
      channel.postMessage({ type: 'signed-out' });
    }
    hadSession = session !== null;
  });
  channel.addEventListener('message', onMessage);
  return () => {
    unsubscribe();
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}
