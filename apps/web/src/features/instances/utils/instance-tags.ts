/**
 * A tag's value by any of its usual spellings (`team`, `Team`, `TEAM`), since fleets are tagged by
 * many hands; `null` when absent.
 *
 * @example
 * findTag({ Environment: 'prod' }, ['environment', 'env']); // 'prod'
 */
export function findTag(
  tags: Readonly<Record<string, string>>,
  names: readonly string[],
): string | null {
  const wanted = names.map((name) => name.toLowerCase());
  for (const name of wanted) {
    const key = Object.keys(tags).find((candidate) => candidate.toLowerCase() === name);
    if (key !== undefined) return tags[key] ?? null;
  }
  return null;
}

export const TEAM_TAG_NAMES = ['team', 'owner'] as const;
export const ENVIRONMENT_TAG_NAMES = ['environment', 'env', 'stage'] as const;

/**
 * Tags sorted by key, with `Name` left out (it is shown as the title already).
 *
 * @example
 * sortedTags({ b: '2', Name: 'web', a: '1' }); // [['a', '1'], ['b', '2']]
 */
export function sortedTags(tags: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(tags)
    .filter(([key]) => key !== 'Name')
    .sort(([a], [b]) => a.localeCompare(b));
}
