import type { TagFilter } from '@fleet/contract';

/**
 * The tag filters a list sends to EC2 once the caller's team scope is applied: unchanged for a
 * caller who sees the whole fleet (`scope` undefined); otherwise the `Team` values the caller asked
 * for, kept only where they are in scope (all of the scope if none was asked for). `null` when
 * nothing can be visible, so no AWS call is made at all.
 *
 * EC2 ORs the values of one filter, so the scope cannot be added as a second `tag:Team` filter:
 * the intersection is computed here.
 *
 * @example
 * teamScopedFilters(['payments'], [{ key: 'Team', value: 'search' }], 'Team'); // null
 */
export function teamScopedFilters(
  scope: readonly string[] | undefined,
  tags: readonly TagFilter[] | undefined,
  teamTag: string,
): TagFilter[] | null {
  const requested = tags ?? [];
  if (scope === undefined) return [...requested];
  const others = requested.filter((tag) => tag.key !== teamTag);
  const askedTeams = requested.filter((tag) => tag.key === teamTag).map((tag) => tag.value);
  const teams =
    askedTeams.length > 0 ? askedTeams.filter((team) => scope.includes(team)) : [...scope];
  if (teams.length === 0) return null;
  return [...others, ...teams.map((value) => ({ key: teamTag, value }))];
}
