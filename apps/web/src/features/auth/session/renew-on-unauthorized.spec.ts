import type { CognitoAuth } from '../api/cognito-types';
import { MemoryStorage, fakeIdToken } from '../testing/fake-tokens';
import { AuthError } from '../utils/auth-error';
import { renewOnUnauthorized } from './renew-on-unauthorized';
import { createSessionStore, type SessionStore } from './session-store';

const FIRST = fakeIdToken({
  sub: 's',
  email: 'a@example.com',
  'cognito:groups': ['viewers'],
  n: 1,
});
const SECOND = fakeIdToken({
  sub: 's',
  email: 'a@example.com',
  'cognito:groups': ['viewers'],
  n: 2,
});

function signedInStore(renew: CognitoAuth['renew']): SessionStore {
  const cognito = { renew, revoke: jest.fn() } as unknown as CognitoAuth;
  const store = createSessionStore({ storage: new MemoryStorage(), cognito: async () => cognito });
  store.signedIn({ idToken: FIRST, accessToken: 'a', refreshToken: 'r', expiresInSeconds: 3600 });
  return store;
}

function answering(
  ...statuses: number[]
): jest.Mock<Promise<Response>, [RequestInfo | URL, RequestInit | undefined]> {
  const queue = [...statuses];
  return jest.fn(
    async (_input: RequestInfo | URL, _init: RequestInit | undefined) =>
      new Response('{}', { status: queue.shift() ?? 200 }),
  );
}

describe('renewOnUnauthorized', () => {
  it('passes answers other than 401 through untouched', async () => {
    const store = signedInStore(jest.fn());
    const fetchStub = answering(403);

    const response = await renewOnUnauthorized(store, fetchStub)('https://api/x', {});

    expect(response.status).toBe(403);
    expect(fetchStub).toHaveBeenCalledTimes(1);
  });

  it('renews once on a 401 and repeats the request with the new token', async () => {
    const store = signedInStore(
      jest.fn(async () => ({ idToken: SECOND, accessToken: 'a2', expiresInSeconds: 3600 })),
    );
    const fetchStub = answering(401, 200);

    const response = await renewOnUnauthorized(store, fetchStub)('https://api/x', {
      headers: { Authorization: `Bearer ${FIRST}`, Accept: 'application/json' },
    });

    expect(response.status).toBe(200);
    const retried = new Headers(fetchStub.mock.calls[1]?.[1]?.headers);
    expect(retried.get('Authorization')).toBe(`Bearer ${SECOND}`);
    expect(retried.get('Accept')).toBe('application/json');
  });

  it('ends the session when the 401 survives the renewal', async () => {
    const store = signedInStore(
      jest.fn(async () => ({ idToken: SECOND, accessToken: 'a2', expiresInSeconds: 3600 })),
    );

    const response = await renewOnUnauthorized(store, answering(401, 401))('https://api/x', {});

    expect(response.status).toBe(401);
    expect(store.getSnapshot()).toMatchObject({ session: null, ended: 'expired' });
  });

  it('ends the session when it cannot be renewed', async () => {
    const store = signedInStore(
      jest.fn(async () => {
        throw new AuthError('unreachable', 'offline');
      }),
    );
    const fetchStub = answering(401);

    await renewOnUnauthorized(store, fetchStub)('https://api/x', {});

    expect(fetchStub).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().ended).toBe('expired');
  });
});
