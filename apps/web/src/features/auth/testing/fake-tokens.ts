import type { Session } from '../utils/session';

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** An unsigned JWT with these claims: the dashboard decodes tokens but never verifies them. */
export function fakeIdToken(claims: Record<string, unknown>): string {
  return `${base64Url(JSON.stringify({ alg: 'RS256', kid: 'k1' }))}.${base64Url(JSON.stringify(claims))}.c2lnbmF0dXJl`;
}

/** A session for a user in these Cognito groups, expiring at `expiresAt`. */
export function fakeSession(
  groups: readonly string[],
  expiresAt: number,
  email = 'ana@example.com',
): Session {
  return {
    idToken: fakeIdToken({ sub: 'sub-1', email, 'cognito:groups': groups, token_use: 'id' }),
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresAt,
  };
}

/** A minimal in-memory Web Storage, like one tab's sessionStorage. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}
