/**
 * Roles, from least to most trusted; each is a Cognito group of the same name. `sres` read across
 * every team (instances, audit, traces, health) and act on nothing.
 */
export const ROLES = ['viewers', 'operators', 'sres', 'admins'] as const;
export type Role = (typeof ROLES)[number];

/** Everything a function may require of its caller. */
export const PERMISSIONS = [
  'instances:read',
  'metrics:read',
  'instances:start',
  'instances:stop',
  'instances:reboot',
  'instances:terminate',
  'instances:protect',
  'instances:tag',
  'instances:tag-team',
  'instances:resize',
  'audit:read',
  'audit:read-all',
  'audit:verify',
  'traces:read',
  'health:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each permission lets a person do, in words that fit "… may <action>" / "… can <action>". */
export const PERMISSION_ACTIONS: Readonly<Record<Permission, string>> = {
  'instances:read': 'see instances',
  'metrics:read': 'see metrics',
  'instances:start': 'start instances',
  'instances:stop': 'stop instances',
  'instances:reboot': 'reboot instances',
  'instances:terminate': 'terminate instances',
  'instances:protect': 'change protection flags',
  'instances:tag': 'edit tags other than Team',
  'instances:tag-team': 'change the Team tag',
  'instances:resize': 'change the instance type',
  'audit:read': 'read the audit trail',
  'audit:read-all': 'read the whole audit trail',
  'audit:verify': 'verify the audit trail',
  'traces:read': 'read traces',
  'health:read': 'see service health',
};

const VIEWER: readonly Permission[] = ['instances:read', 'metrics:read', 'audit:read'];
const OPERATOR: readonly Permission[] = [
  ...VIEWER,
  'instances:start',
  'instances:stop',
  'instances:reboot',
  'instances:tag',
  'instances:resize',
];
// Traces name the instances and users of every team: only SREs and admins read them.
const SRE: readonly Permission[] = [...VIEWER, 'audit:read-all', 'traces:read', 'health:read'];
const ADMIN: readonly Permission[] = [
  ...OPERATOR,
  'instances:terminate',
  'instances:protect',
  // The Team tag decides who sees an instance: moving one between teams is an admin's call.
  'instances:tag-team',
  'audit:read-all',
  'audit:verify',
  'traces:read',
  'health:read',
];

const GRANTS: Record<Role, readonly Permission[]> = {
  viewers: VIEWER,
  operators: OPERATOR,
  sres: SRE,
  admins: ADMIN,
};

/**
 * What a set of roles allows: the union of each role's grants. Viewers read instances and
 * metrics; operators also start, stop, reboot, edit tags (not `Team`) and resize; SREs read instances, metrics, the whole audit
 * trail, traces and service health of every team, and act on nothing; admins also terminate,
 * change protection flags and the `Team` tag, verify the audit trail, and read traces and health.
 *
 * @example
 * permissionsOf(['operators']).has('instances:stop'); // true
 */
export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((role) => GRANTS[role]));
}

/** Whether a caller with these roles holds the permission. */
export function can(
  principal: { readonly roles: readonly Role[] },
  permission: Permission,
): boolean {
  return permissionsOf(principal.roles).has(permission);
}
