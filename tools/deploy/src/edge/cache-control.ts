/** Hashed build output: a new build has new names, so a copy may be kept for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The entry page and the stage's settings: fetched afresh every time. */
export const NEVER_STORED = 'no-store';
/** Other files at the root (favicon, …): kept an hour, invalidated when a deploy changes them. */
export const SHORT_LIVED = 'public, max-age=3600';

/** Files that are never kept anywhere, so a deploy never needs to invalidate them. */
export const UNCACHED_KEYS: readonly string[] = ['index.html', 'config.json'];

/**
 * The Cache-Control a dashboard file is uploaded with (and served with by `npm run preview`).
 * CloudFront's cache policies (infra/hosting.yml) follow it.
 *
 * @example
 * cacheControlFor('assets/index-Dx3k.js'); // 'public, max-age=31536000, immutable'
 * cacheControlFor('index.html'); // 'no-store'
 */
export function cacheControlFor(key: string): string {
  const path = key.replace(/^\//, '');
  if (path.startsWith('assets/')) return IMMUTABLE;
  if (UNCACHED_KEYS.includes(path)) return NEVER_STORED;
  return SHORT_LIVED;
}
