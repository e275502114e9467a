import type { ApiError } from '@fleet/contract';
import {
  callApi,
  decodeJwt,
  idTokenOf,
  localCognitoSigningKey,
  signIn,
  signJwt,
  strangerKey,
  tamperedJwt,
} from '@fleet/testing';

const ROUTE = '/instances?limit=1';
const now = (): number => Math.floor(Date.now() / 1000);

async function statusWith(authorization: string | null): Promise<number> {
  const caller = authorization === null ? { as: null } : { authorization };
  return (await callApi<ApiError>(ROUTE, {}, caller)).status;
}

describe('the API authorizer', () => {
  let valid: { header: Record<string, unknown>; payload: Record<string, unknown> };

  beforeAll(async () => {
    valid = decodeJwt(await idTokenOf('viewer'));
  });

  it('admits a valid Cognito ID token', async () => {
    expect(await statusWith(`Bearer ${await idTokenOf('viewer')}`)).toBe(200);
  });

  it('accepts the scheme case-insensitively, as HTTP says', async () => {
    expect(await statusWith(`bearer ${await idTokenOf('viewer')}`)).toBe(200);
  });

  it.each([
    ['no Authorization header', null],
    ['an empty bearer', 'Bearer '],
    ['a malformed token', 'Bearer not.a.jwt'],
    ['another scheme', 'Basic YWRtaW46YWRtaW4='],
  ])('refuses %s with 401', async (_case, authorization) => {
    expect(await statusWith(authorization)).toBe(401);
  });

  it('refuses an access token where an ID token is required', async () => {
    const { AccessToken } = await signIn('viewer');

    expect(await statusWith(`Bearer ${AccessToken}`)).toBe(401);
  });

  // Signed with the pool's own key: only the claim or the header named makes each one wrong.
  it.each([
    ['an expired token', {}, () => ({ iat: now() - 7200, exp: now() - 3600 })],
    ['a token for another app client', {}, () => ({ aud: 'another-client' })],
    [
      'a token from another issuer',
      {},
      () => ({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' }),
    ],
    ['a token signed under an unknown kid', { kid: 'not-a-key-of-this-pool' }, () => ({})],
  ])('refuses %s, though its signature is genuine', async (_case, header, claims) => {
    const token = signJwt(
      { ...valid.header, ...header },
      { ...valid.payload, ...claims() },
      localCognitoSigningKey(),
    );

    expect(await statusWith(`Bearer ${token}`)).toBe(401);
  });

  it('refuses a token re-signed with another key under the same kid', async () => {
    expect(await statusWith(`Bearer ${signJwt(valid.header, valid.payload, strangerKey())}`)).toBe(
      401,
    );
  });

  it('refuses an unsigned token (alg none)', async () => {
    expect(
      await statusWith(`Bearer ${signJwt({ ...valid.header, alg: 'none' }, valid.payload, null)}`),
    ).toBe(401);
  });

  it('refuses a token whose groups were edited to make its holder an admin', async () => {
    const promoted = tamperedJwt(await idTokenOf('viewer'), (payload) => ({
      ...payload,
      'cognito:groups': ['admins'],
    }));

    expect(await statusWith(`Bearer ${promoted}`)).toBe(401);
  });

  // serverless-offline lets a request replace the authorizer's context with this header (a test
  // convenience of its own); API Gateway has no such thing. The local gateway must drop it.
  it("ignores serverless-offline's authorizer-override header: a viewer claiming admin stays a viewer", async () => {
    const admin = JSON.stringify({ sub: 'x', email: 'x@example.com', roles: 'admins', teams: '' });
    const { status } = await callApi(
      '/audit/reconcile',
      { method: 'POST', headers: { 'sls-offline-authorizer-override': admin } },
      { as: 'viewer' },
    );

    expect(status).toBe(403);
  });
});
