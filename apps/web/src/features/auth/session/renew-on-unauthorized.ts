import type { SessionStore } from './session-store';

/**
 * Wraps `fetch` for the API client: a 401 is answered by renewing the session once and repeating
 * the request with the new token; a 401 that survives that ends the session, which sends the user
 * to sign-in. Repeating is safe for any method: a 401 comes from the authorizer, before any
 * function ran.
 *
 * @example
 * createApiClient(url, { authorization: store.authorization, fetch: renewOnUnauthorized(store) });
 */
export function renewOnUnauthorized(
  store: SessionStore,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (response.status !== 401 || !store.getSnapshot().session) return response;
    if (!(await store.renew())) {
      store.expire();
      return response;
    }
    const headers = new Headers(init?.headers);
    const authorization = await store.authorization();
    if (authorization) headers.set('Authorization', authorization);
    const retried = await fetchImpl(input, { ...init, headers });
    if (retried.status === 401) store.expire();
    return retried;
  };
}
