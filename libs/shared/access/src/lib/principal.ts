import { ROLES, type Role } from './permissions';

/** The signed-in caller, as every function sees it. */
export interface Principal {
  readonly sub: string;
  readonly email: string;
  readonly roles: readonly Role[];
  /** Team names from `team-<name>` groups. */
  readonly teams: readonly string[];
}

const TEAM_GROUP = /^team-([a-z0-9][a-z0-9-]*)$/;

/**
 * Reads roles and teams from Cognito groups (`cognito:groups`): `admins`, `operators`, `viewers`
 * are roles; `team-<name>` are teams; any other group grants nothing.
 *
 * @example
 * principalFromGroups('sub', 'ana@example.com', ['operators', 'team-payments']);
 * // { sub, email, roles: ['operators'], teams: ['payments'] }
 */
export function principalFromGroups(
  sub: string,
  email: string,
  groups: readonly string[],
): Principal {
  const roles = ROLES.filter((role) => groups.includes(role));
  const teams = groups.flatMap((group) => {
    const match = TEAM_GROUP.exec(group);
    return match?.[1] ? [match[1]] : [];
  });
  return { sub, email, roles, teams: [...new Set(teams)].sort() };
}
