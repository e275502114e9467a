/** Roles, from least to most trusted; each is a Cognito group of the same name. */
export const ROLES = ['viewers', 'operators', 'admins'] as const;
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
  'audit:read',
  'audit:read-all',
  'audit:verify',
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
  'audit:read': 'read the audit trail',
  'audit:read-all': 'read the whole audit trail',
  'audit:verify': 'verify the audit trail',
};

const VIEWER: readonly Permission[] = ['instances:read', 'metrics:read', 'audit:read'];
const OPERATOR: readonly Permission[] = [
  ...VIEWER,
  'instances:start',
  'instances:stop',
  'instances:reboot',
];
const ADMIN: readonly Permission[] = [
  ...OPERATOR,
  'instances:terminate',
  'instances:protect',
  'audit:read-all',
  'audit:verify',
];

const GRANTS: Record<Role, readonly Permission[]> = {
  viewers: VIEWER,
  operators: OPERATOR,
  admins: ADMIN,
};

/**
 * What a set of roles allows: the union of each role's grants. Viewers read instances and
 * metrics; operators also start, stop and reboot; admins also terminate, change protection flags
 * and read and verify the whole audit trail.
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
