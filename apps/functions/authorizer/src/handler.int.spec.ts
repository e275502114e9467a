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

  it('refuses an expired token, though its signature is genuine', async () => {
    const expired = signJwt(
      valid.header,
      { ...valid.payload, iat: now() - 7200, exp: now() - 3600 },
      localCognitoSigningKey(),
    );

    expect(await statusWith(`Bearer ${expired}`)).toBe(401);
  });

  it('refuses a token re-signed with another key under the same kid', async () => {
    expect(await statusWith(`Bearer ${signJwt(valid.header, valid.payload, strangerKey())}`)).toBe(
      401,
    );
  });

  it('refuses a token for another app client', async () => {
    const otherClient = signJwt(
      valid.header,
      { ...valid.payload, aud: 'another-client' },
      localCognitoSigningKey(),
    );

    expect(await statusWith(`Bearer ${otherClient}`)).toBe(401);
  });

  it('refuses a token from another issuer', async () => {
    const otherIssuer = signJwt(
      valid.header,
      { ...valid.payload, iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' },
      localCognitoSigningKey(),
    );

    expect(await statusWith(`Bearer ${otherIssuer}`)).toBe(401);
  });

  it('refuses an unsigned token (alg none)', async () => {
    expect(
      await statusWith(`Bearer ${signJwt({ ...valid.header, alg: 'none' }, valid.payload, null)}`),
    ).toBe(401);
  });

  it('refuses a token signed under an unknown kid', async () => {
    const unknownKid = signJwt(
      { ...valid.header, kid: 'not-a-key-of-this-pool' },
      valid.payload,
      localCognitoSigningKey(),
    );

    expect(await statusWith(`Bearer ${unknownKid}`)).toBe(401);
  });

  it('refuses a token whose groups were edited to make its holder an admin', async () => {
    const promoted = tamperedJwt(await idTokenOf('viewer'), (payload) => ({
      ...payload,
      'cognito:groups': ['admins'],
    }));

    expect(await statusWith(`Bearer ${promoted}`)).toBe(401);
  });
});
