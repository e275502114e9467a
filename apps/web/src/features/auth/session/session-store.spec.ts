import type { CognitoAuth } from '../api/cognito-types';
import { MemoryStorage, fakeIdToken, fakeSession } from '../testing/fake-tokens';
import { AuthError } from '../utils/auth-error';
import { loadSession, saveSession, type TokenSet } from '../utils/session';
import { createSessionStore, type SessionStore } from './session-store';

const NOW = 1_800_000_000_000;

function tokens(groups: string[], overrides: Partial<TokenSet> = {}): TokenSet {
  return {
    idToken: fakeIdToken({ sub: 'sub-1', email: 'ana@example.com', 'cognito:groups': groups }),
    accessToken: 'access',
    refreshToken: 'refresh-1',
    expiresInSeconds: 3600,
    ...overrides,
  };
}

/** A Cognito call that fails as when Cognito cannot be reached. */
const unreachable = (): jest.Mock =>
  jest.fn(async () => {
    throw new AuthError('unreachable', 'offline');
  });

function fakeCognito(overrides: Partial<CognitoAuth> = {}): CognitoAuth {
  return {
    signIn: jest.fn(),
    answerMfa: jest.fn(),
    setNewPassword: jest.fn(),
    renew: jest.fn(async () =>
      tokens(['operators'], {
        idToken: fakeIdToken({
          sub: 'sub-1',
          email: 'ana@example.com',
          'cognito:groups': ['operators'],
          renewed: true,
        }),
        refreshToken: undefined,
      }),
    ),
    revoke: jest.fn(async () => undefined),
    ...overrides,
  };
}

interface Harness {
  store: SessionStore;
  storage: MemoryStorage;
  cognito: CognitoAuth;
  timers: { run: () => void; ms: number }[];
  clock: { now: number };
}

function harness(options: { storage?: MemoryStorage; cognito?: CognitoAuth } = {}): Harness {
  const storage = options.storage ?? new MemoryStorage();
  const cognito = options.cognito ?? fakeCognito();
  const timers: { run: () => void; ms: number }[] = [];
  const clock = { now: NOW };
  const store = createSessionStore({
    storage,
    cognito: async () => cognito,
    now: () => clock.now,
    setTimer: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      const index = timers.indexOf(timer as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
  });
  return { store, storage, cognito, timers, clock };
}

describe('session store', () => {
  it('starts signed out in a fresh tab', () => {
    const { store } = harness();

    expect(store.getSnapshot()).toEqual({ session: null, principal: null, ended: null });
  });

  it('keeps a signed-in session in the tab storage, with its principal', () => {
    const { store, storage } = harness();

    store.signedIn(tokens(['viewers', 'team-search']));

    expect(loadSession(storage)?.expiresAt).toBe(NOW + 3_600_000);
    expect(store.getSnapshot().principal).toMatchObject({ roles: ['viewers'], teams: ['search'] });
  });

  it('resumes the session a reload left in the tab storage', () => {
    const storage = new MemoryStorage();
    saveSession(storage, fakeSession(['admins'], NOW + 3_600_000));

    const { store } = harness({ storage });

    expect(store.getSnapshot().principal?.roles).toEqual(['admins']);
  });

  it('sends the ID token as a bearer token', async () => {
    const { store } = harness();
    store.signedIn(tokens(['viewers']));

    await expect(store.authorization()).resolves.toBe(`Bearer ${tokens(['viewers']).idToken}`);
  });

  it('sends no token when signed out', async () => {
    await expect(harness().store.authorization()).resolves.toBeUndefined();
  });

  it('renews a token close to expiry before sending it, keeping the refresh token', async () => {
    const { store, cognito, clock, storage } = harness();
    store.signedIn(tokens(['operators']));
    clock.now = NOW + 3_590_000;

    const authorization = await store.authorization();

    expect(cognito.renew).toHaveBeenCalledWith('refresh-1');
    expect(authorization).toContain(store.getSnapshot().session?.idToken);
    expect(store.getSnapshot().session?.expiresAt).toBe(clock.now + 3_600_000);
    expect(loadSession(storage)?.refreshToken).toBe('refresh-1');
  });

  it('asks Cognito once when several requests need a renewal together', async () => {
    const { store, cognito } = harness();
    store.signedIn(tokens(['operators']));

    await Promise.all([store.renew(), store.renew(), store.renew()]);

    expect(cognito.renew).toHaveBeenCalledTimes(1);
  });

  it('schedules the renewal two minutes before expiry while the session is shown', async () => {
    const { store, cognito, timers } = harness();
    store.subscribe(() => undefined);

    store.signedIn(tokens(['operators']));

    expect(timers.map((timer) => timer.ms)).toEqual([3_600_000 - 120_000]);
    timers[0]?.run();
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(cognito.renew).toHaveBeenCalledTimes(1);
  });

  it('ends the session when Cognito refuses the refresh token', async () => {
    const cognito = fakeCognito({
      renew: jest.fn(async () => {
        throw new AuthError('wrong-credentials', 'Refresh Token has expired');
      }),
    });
    const { store, storage } = harness({ cognito });
    store.signedIn(tokens(['operators']));

    await expect(store.renew()).resolves.toBe(false);

    expect(store.getSnapshot()).toMatchObject({ session: null, ended: 'expired' });
    expect(loadSession(storage)).toBeNull();
  });

  it('keeps the session when Cognito cannot be reached for a renewal', async () => {
    const cognito = fakeCognito({ renew: unreachable() });
    const { store } = harness({ cognito });
    store.signedIn(tokens(['operators']));

    await expect(store.renew()).resolves.toBe(false);

    expect(store.getSnapshot().session).not.toBeNull();
  });

  it('signs out at once and revokes the refresh token', async () => {
    const { store, cognito, storage } = harness();
    store.signedIn(tokens(['operators']));

    await store.signOut();

    expect(store.getSnapshot()).toMatchObject({ session: null, ended: 'signed-out' });
    expect(loadSession(storage)).toBeNull();
    expect(cognito.revoke).toHaveBeenCalledWith('refresh-1');
  });

  it('signs out even when the revocation fails', async () => {
    const cognito = fakeCognito({ revoke: unreachable() });
    const { store } = harness({ cognito });
    store.signedIn(tokens(['operators']));

    await expect(store.signOut()).resolves.toBeUndefined();
    expect(store.getSnapshot().session).toBeNull();
  });

  it('tells subscribers when the session changes', () => {
    const { store } = harness();
    const listener = jest.fn();
    store.subscribe(listener);

    store.signedIn(tokens(['operators']));
    store.expire();

    expect(listener).toHaveBeenCalledTimes(2);
  });
});
