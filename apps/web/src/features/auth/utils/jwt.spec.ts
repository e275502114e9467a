import { fakeIdToken } from '../testing/fake-tokens';
import { decodeJwtPayload, idTokenClaims } from './jwt';

describe('decodeJwtPayload', () => {
  it('reads the claims of a token', () => {
    const token = fakeIdToken({ sub: 'abc', exp: 1_900_000_000 });

    expect(decodeJwtPayload(token)).toEqual({ sub: 'abc', exp: 1_900_000_000 });
  });

  it('decodes non-ASCII claims as UTF-8', () => {
    const token = fakeIdToken({ email: 'zoë@exämple.com' });

    expect(decodeJwtPayload(token)['email']).toBe('zoë@exämple.com');
  });

  it('refuses something that is not a JWT', () => {
    expect(() => decodeJwtPayload('not-a-token')).toThrow('not a JWT');
  });

  it('refuses a payload that is not a JSON object', () => {
    const token = `e30.${Buffer.from('[1,2]').toString('base64url')}.sig`;

    expect(() => decodeJwtPayload(token)).toThrow('not an object');
  });
});

describe('idTokenClaims', () => {
  it('reads the subject, email and Cognito groups of an ID token', () => {
    const token = fakeIdToken({
      sub: 'u-1',
      email: 'ana@example.com',
      'cognito:groups': ['operators', 'team-payments'],
      exp: 1_900_000_000,
    });

    expect(idTokenClaims(token)).toEqual({
      sub: 'u-1',
      email: 'ana@example.com',
      groups: ['operators', 'team-payments'],
      exp: 1_900_000_000,
    });
  });

  it('gives no groups to a user in none (Cognito then leaves the claim out)', () => {
    expect(idTokenClaims(fakeIdToken({ sub: 'u-1', email: 'a@b.c' })).groups).toEqual([]);
  });
});
