import { MemoryStorage, fakeSession } from '../testing/fake-tokens';
import {
  SESSION_STORAGE_KEY,
  clearSession,
  loadSession,
  principalOf,
  saveSession,
  sessionFromTokens,
} from './session';

const NOW = 1_800_000_000_000;

describe('sessionFromTokens', () => {
  it("counts the expiry from Cognito's ExpiresIn on this browser's clock", () => {
    const session = sessionFromTokens(
      { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', expiresInSeconds: 3600 },
      NOW,
    );

    expect(session.expiresAt).toBe(NOW + 3_600_000);
  });

  it('keeps the refresh token when a renewal brings none', () => {
    const session = sessionFromTokens(
      { idToken: 'id2', accessToken: 'access2', expiresInSeconds: 3600 },
      NOW,
      'refresh-1',
    );

    expect(session.refreshToken).toBe('refresh-1');
  });
});

describe('principalOf', () => {
  it("derives roles and teams from the ID token's groups", () => {
    const principal = principalOf(fakeSession(['viewers', 'team-search'], NOW));

    expect(principal).toMatchObject({
      email: 'ana@example.com',
      roles: ['viewers'],
      teams: ['search'],
    });
  });
});

describe('session storage', () => {
  it('gives back the session it kept', () => {
    const storage = new MemoryStorage();
    const session = fakeSession(['admins'], NOW);

    saveSession(storage, session);

    expect(loadSession(storage)).toEqual(session);
  });

  it('has no session once cleared', () => {
    const storage = new MemoryStorage();
    saveSession(storage, fakeSession(['admins'], NOW));

    clearSession(storage);

    expect(loadSession(storage)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('treats an unreadable stored value as no session', () => {
    const storage = new MemoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, '{"idToken":');

    expect(loadSession(storage)).toBeNull();
  });

  it('treats a stored value with a malformed ID token as no session', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ ...fakeSession(['admins'], NOW), idToken: 'garbage' }),
    );

    expect(loadSession(storage)).toBeNull();
  });
});
