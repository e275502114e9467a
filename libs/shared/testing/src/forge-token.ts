import { createPrivateKey, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The signing key of the local Cognito (public in its package), to forge tokens it would sign. */
export function localCognitoSigningKey(): KeyObject {
  const path = require.resolve('cognito-local/lib/keys/cognitoLocal.private.json');
  const { jwk } = JSON.parse(readFileSync(path, 'utf8')) as { jwk: Record<string, string> };
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

/** A key nobody trusts. */
export function strangerKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** The header and payload of a JWT, unverified: the raw material for hostile variants. */
export function decodeJwt(token: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  const [header = '', payload = ''] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >,
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >,
  };
}

/**
 * Signs a JWT with RS256 (or leaves it unsigned with `alg: none`), for tests that prove the
 * authorizer refuses what it must.
 */
export function signJwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: KeyObject | null,
): string {
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  if (key === null) return `${signingInput}.`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
  return `${signingInput}.${base64url(signature)}`;
}

/** A token whose payload was edited after signing: the original signature no longer matches. */
export function tamperedJwt(
  token: string,
  edit: (payload: Record<string, unknown>) => Record<string, unknown>,
): string {
  const [header, , signature] = token.split('.');
  return `${header}.${base64url(JSON.stringify(edit(decodeJwt(token).payload)))}.${signature}`;
}
