import { HOME_PATH, safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeNextPath('/instances/us-east-1/i-0abc123?tab=monitoring#cpu')).toBe(
      '/instances/us-east-1/i-0abc123?tab=monitoring#cpu',
    );
  });

  it.each([
    ['no value', null],
    ['an empty value', ''],
    ['an absolute URL', 'https://evil.example/instances'],
    ['a protocol-relative URL', '//evil.example/instances'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'instances'],
    ['a tab hidden in the host part', '/\t/evil.example'],
    ['the sign-in page itself', '/sign-in?next=/instances'],
  ])('falls back to the home page for %s', (_case, raw) => {
    expect(safeNextPath(raw)).toBe(HOME_PATH);
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/instances/../../etc')).toBe('/etc');
  });
});

describe('signInPath', () => {
  it('remembers the page the user was going to', () => {
    expect(signInPath('/instances/eu-west-1/i-0abc123')).toBe(
      '/sign-in?next=%2Finstances%2Feu-west-1%2Fi-0abc123',
    );
  });

  it('needs no reminder for the home page', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath(HOME_PATH)).toBe('/sign-in');
  });

  it('does not carry an unsafe target into the sign-in link', () => {
    expect(signInPath('//evil.example')).toBe('/sign-in');
  });
});
