/** The claims of a Cognito ID token the dashboard reads; the API verifies them, not the browser. */
export interface IdTokenClaims {
  readonly sub: string;
  readonly email: string;
  readonly groups: readonly string[];
  /** Seconds since the epoch, as in the token. */
  readonly exp: number | undefined;
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  // atob yields bytes as Latin-1 characters; an email may hold any Unicode, so decode as UTF-8.
  return new TextDecoder().decode(bytes);
}

/**
 * Reads a JWT's payload without verifying it: the browser only needs to know who it is talking
 * for; the API's authorizer verifies every token it receives. Throws on a malformed token.
 *
 * @example
 * decodeJwtPayload(idToken)['cognito:groups']; // ['operators', 'team-payments']
 */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) throw new Error('not a JWT');
  const payload: unknown = JSON.parse(base64UrlDecode(parts[1]));
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error('JWT payload is not an object');
  }
  return payload as Record<string, unknown>;
}

/**
 * The user behind a Cognito ID token: subject, email and groups (`cognito:groups`, absent when the
 * user is in none).
 *
 * @example
 * idTokenClaims(idToken); // { sub: '…', email: 'ana@example.com', groups: ['viewers'], exp: 1767225600 }
 */
export function idTokenClaims(idToken: string): IdTokenClaims {
  const payload = decodeJwtPayload(idToken);
  const groups = payload['cognito:groups'];
  const { sub, email, exp } = payload;
  return {
    sub: typeof sub === 'string' ? sub : '',
    email: typeof email === 'string' ? email : '',
    groups: Array.isArray(groups) ? groups.filter((group) => typeof group === 'string') : [],
    exp: typeof exp === 'number' ? exp : undefined,
  };
}
