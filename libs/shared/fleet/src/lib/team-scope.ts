/** The instance tag that says which team owns an instance. */
export const TEAM_TAG = 'Team';

/** The teams whose instances a caller may see and act on; `undefined` for the whole fleet. */
export type TeamScope = readonly string[] | undefined;

/**
 * Whether an instance whose `Team` tag is `team` is within `scope`. Outside it, an instance is
 * answered as not found, so its existence is never revealed.
 *
 * @example
 * inTeamScope(['payments'], 'search'); // false
 * inTeamScope(undefined, undefined); // true (the whole fleet)
 */
export function inTeamScope(scope: TeamScope, team: string | undefined): boolean {
  return scope === undefined || (team !== undefined && scope.includes(team));
}

/**
 * The team of an instance from its tags (`undefined` when untagged).
 *
 * @example
 * teamOf({ tags: { Team: 'payments' } }); // 'payments'
 */
export function teamOf(instance: {
  readonly tags: Readonly<Record<string, string>>;
}): string | undefined {
  return instance.tags[TEAM_TAG];
}
