import { principalFromGroups, type Principal } from '@fleet/access';
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';

/** Which tokens to trust: one user pool and one app client. */
export interface IdTokenSettings {
  /** `https://cognito-idp.<region>.amazonaws.com/<poolId>` on AWS. */
  readonly issuer: string;
  readonly clientId: string;
}

export interface IdTokenVerifier {
  /** The principal of a valid ID token; throws (with the reason) for anything else. */
  verify(token: string): Promise<Principal>;
}

/**
 * Settings from the environment the stack sets: `COGNITO_USER_POOL_ID`, `COGNITO_CLIENT_ID`, and
 * optionally `COGNITO_ISSUER` where tokens come from another issuer URL than AWS's regional one
 * (the local Cognito).
 */
export function idTokenSettingsFromEnv(env: NodeJS.ProcessEnv): IdTokenSettings {
  const poolId = env['COGNITO_USER_POOL_ID'];
  const clientId = env['COGNITO_CLIENT_ID'];
  if (!poolId || !clientId)
    throw new Error('COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID must be set');
  const region = poolId.split('_')[0];
  const issuer = env['COGNITO_ISSUER'] || `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
  return { issuer, clientId };
}

// The platform's fetch instead of the library's https-only client: same checks on the JWKS,
// and it also reaches an issuer served over plain HTTP on loopback (the local Cognito).
const jwksCache = new SimpleJwksCache({
  fetcher: {
    fetch: async (uri) => {
      const response = await fetch(uri, { signal: AbortSignal.timeout(3_000) });
      if (!response.ok) throw new Error(`JWKS ${uri} answered ${response.status}`);
      return response.arrayBuffer();
    },
  },
});

function groupsOf(payload: JwtPayload): string[] {
  const groups = payload['cognito:groups'];
  return Array.isArray(groups)
    ? groups.filter((group): group is string => typeof group === 'string')
    : [];
}

/**
 * A verifier of Cognito ID tokens: RS256 signature against the pool's JWKS (unknown `kid` →
 * refetch once, then refuse), issuer, audience = the app client, expiry — all by aws-jwt-verify —
 * plus what its generic JWT verifier does not check for Cognito: `token_use` must be `id` (an
 * access token is refused) and the token must carry a subject and an email.
 *
 * @example
 * const verifier = createIdTokenVerifier(idTokenSettingsFromEnv(process.env));
 * const principal = await verifier.verify(bearerToken);
 */
export function createIdTokenVerifier(settings: IdTokenSettings): IdTokenVerifier {
  const verifier = JwtRsaVerifier.create(
    {
      issuer: settings.issuer,
      audience: settings.clientId,
      jwksUri: `${settings.issuer}/.well-known/jwks.json`,
      customJwtCheck: ({ payload }) => {
        if (payload['token_use'] !== 'id')
          throw new Error(`token_use is ${String(payload['token_use'])}, not id`);
        if (typeof payload.sub !== 'string' || typeof payload['email'] !== 'string') {
          throw new Error('the token carries no subject or email');
        }
      },
    },
    { jwksCache },
  );
  return {
    async verify(token) {
      const payload = await verifier.verify(token);
      return principalFromGroups(
        payload.sub as string,
        payload['email'] as string,
        groupsOf(payload),
      );
    },
  };
}
