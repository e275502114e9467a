/** Where the console opens after sign-in when the user asked for no page in particular. */
export const HOME_PATH = '/instances';

export const SIGN_IN_PATH = '/sign-in';

// Any origin will do as long as no real page can have it: only paths that stay on it are kept.
const PROBE_ORIGIN = 'https://fleet-console.invalid';

// Browsers read `/\evil.example` as `//evil.example`, and drop tabs and newlines from URLs.
function hasBackslashOrControl(path: string): boolean {
  return [...path].some((char) => char === '\\' || char.charCodeAt(0) < 0x20 || char === '\u007f');
}

/**
 * The page to open after sign-in, from an untrusted `next` parameter: only a path on this site
 * (no scheme, no `//host`, no backslash tricks browsers read as `//`), and never the sign-in page
 * itself. Anything else becomes {@link HOME_PATH}, so a crafted link cannot send a user who has
 * just typed their password to another site.
 *
 * @example
 * safeNextPath('/instances/us-east-1/i-0abc?tab=monitoring'); // '/instances/us-east-1/i-0abc?tab=monitoring'
 * safeNextPath('//evil.example/'); // '/instances'
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || hasBackslashOrControl(raw)) {
    return HOME_PATH;
  }
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== PROBE_ORIGIN) return HOME_PATH;
  if (url.pathname === SIGN_IN_PATH || url.pathname.startsWith(`${SIGN_IN_PATH}/`)) {
    return HOME_PATH;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The sign-in page's address, remembering where the user was going; the home page needs no
 * reminder.
 *
 * @example
 * signInPath('/instances/eu-west-1/i-0abc'); // '/sign-in?next=%2Finstances%2Feu-west-1%2Fi-0abc'
 */
export function signInPath(next?: string): string {
  const target = next === undefined ? HOME_PATH : safeNextPath(next);
  if (target === HOME_PATH || next === '/') return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next: target }).toString()}`;
}
