import { TEAM_TAG } from '@fleet/fleet';

/** One line of the tag editor. */
export interface TagRow {
  key: string;
  value: string;
}

/** The editor's lines for an instance's tags: every tag but `Team`, by key. */
export function tagRowsOf(tags: Readonly<Record<string, string>>): TagRow[] {
  return Object.entries(tags)
    .filter(([key]) => key !== TEAM_TAG)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value }));
}

/**
 * What is wrong with a line's key, or `null`: EC2's rules (1–128 characters, not `aws:`), no key
 * twice, and never `Team` (admins move instances between teams with their own dialog).
 *
 * @example
 * tagKeyProblem('Team', [{ key: 'Team', value: 'x' }]); // 'Team is changed with "Move to team" (admins).'
 */
export function tagKeyProblem(key: string, rows: readonly TagRow[]): string | null {
  const trimmed = key.trim();
  if (trimmed.length === 0) return 'Give a key.';
  if (trimmed.length > 128) return 'At most 128 characters.';
  if (trimmed.toLowerCase().startsWith('aws:')) return 'Keys starting with aws: are reserved.';
  if (trimmed === TEAM_TAG) return 'Team is changed with "Move to team" (admins).';
  if (rows.filter((row) => row.key.trim() === trimmed).length > 1) return 'This key is used twice.';
  return null;
}

/**
 * The request that turns `original` into the edited lines: tags to set (new or changed values)
 * and keys to remove; `null` when a line is invalid or nothing changed.
 *
 * @example
 * tagEditOf({ Owner: 'bo', Old: 'x' }, [{ key: 'Owner', value: 'ana' }]); // { set: { Owner: 'ana' }, remove: ['Old'] }
 */
export function tagEditOf(
  original: Readonly<Record<string, string>>,
  rows: readonly TagRow[],
): { set: Record<string, string>; remove: string[] } | null {
  if (rows.some((row) => tagKeyProblem(row.key, rows) !== null || row.value.length > 256))
    return null;
  const edited = new Map(rows.map((row) => [row.key.trim(), row.value]));
  const set = Object.fromEntries([...edited].filter(([key, value]) => original[key] !== value));
  const remove = Object.keys(original).filter((key) => key !== TEAM_TAG && !edited.has(key));
  return Object.keys(set).length + remove.length > 0 ? { set, remove } : null;
}
