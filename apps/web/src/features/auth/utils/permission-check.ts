import {
  PERMISSION_ACTIONS,
  ROLES,
  can,
  permissionsOf,
  teamScopeOf,
  type Permission,
  type Principal,
  type Role,
} from '@fleet/access';

const ROLE_NAMES: Record<Role, { one: string; many: string; article: string }> = {
  viewers: { one: 'viewer', many: 'Viewers', article: 'a' },
  operators: { one: 'operator', many: 'Operators', article: 'an' },
  sres: { one: 'SRE', many: 'SREs', article: 'an' },
  admins: { one: 'admin', many: 'Admins', article: 'an' },
};

/** The result of asking whether the signed-in user may do something. */
export interface PermissionCheck {
  readonly allowed: boolean;
  /** Why not, for a tooltip; `null` when allowed. */
  readonly reason: string | null;
}

/**
 * The role a person is shown as: the most trusted of theirs (roles add up), `null` for none.
 *
 * @example
 * roleLabel({ roles: ['viewers', 'operators'] }); // 'operator'
 */
export function roleLabel(principal: { readonly roles: readonly Role[] }): string | null {
  const top = [...ROLES].reverse().find((role) => principal.roles.includes(role));
  return top ? ROLE_NAMES[top].one : null;
}

// Role names in the middle of a sentence: lower case, except acronyms (SREs).
const lower = (name: string): string => (/^[A-Z]{2,}/.test(name) ? name : name.toLowerCase());

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Whether a principal holds a permission and, if not, a sentence saying who may and what they are.
 *
 * @example
 * checkPermission(viewer, 'instances:stop').reason;
 * // 'Operators and admins can stop instances; you are a viewer.'
 */
export function checkPermission(
  principal: Principal | null,
  permission: Permission,
): PermissionCheck {
  if (principal && can(principal, permission)) return { allowed: true, reason: null };
  const granted = ROLES.filter((role) => permissionsOf([role]).has(permission));
  const who =
    granted.length === 1 && granted[0]
      ? `Only ${lower(ROLE_NAMES[granted[0]].many)}`
      : joinNames(
          granted.map((role, index) =>
            index === 0 ? ROLE_NAMES[role].many : lower(ROLE_NAMES[role].many),
          ),
        );
  const top = principal
    ? [...ROLES].reverse().find((role) => principal.roles.includes(role))
    : undefined;
  const you = !principal
    ? 'you are not signed in'
    : top
      ? `you are ${ROLE_NAMES[top].article} ${ROLE_NAMES[top].one}`
      : 'you have no role yet';
  return { allowed: false, reason: `${who} can ${PERMISSION_ACTIONS[permission]}; ${you}.` };
}

/**
 * A sentence on what part of the fleet a principal sees: `null` for admins and SREs, who see all of it.
 *
 * @example
 * teamScopeSentence({ roles: ['viewers'], teams: ['payments'] }); // 'You see instances of team payments.'
 */
export function teamScopeSentence(principal: Principal): string | null {
  if (teamScopeOf(principal) === undefined) return null;
  if (principal.teams.length === 0) {
    return 'You belong to no team, so you see no instances. Ask an admin to add you to a team.';
  }
  const noun = principal.teams.length === 1 ? 'team' : 'teams';
  return `You see instances of ${noun} ${joinNames(principal.teams)}.`;
}
