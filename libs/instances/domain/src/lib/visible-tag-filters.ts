import { teamScopeOf, type Principal } from '@fleet/access';
import type { TagFilter } from '@fleet/contract';
import { TEAM_TAG } from '@fleet/fleet';
import { teamScopedFilters } from './team-scoped-filters';

/**
 * The tag filters of a read over many instances once the caller's team scope is applied to the
 * ones asked for (see `teamScopedFilters`): `null` when nothing can be visible, so nothing is read.
 *
 * @example
 * const tags = visibleTagFilters(principal, query.tag);
 * if (tags === null) return EMPTY_PAGE;
 */
export function visibleTagFilters(
  principal: Principal,
  tags?: readonly TagFilter[],
): TagFilter[] | null {
  return teamScopedFilters(teamScopeOf(principal), tags, TEAM_TAG);
}
