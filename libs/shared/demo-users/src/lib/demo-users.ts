import { ROLES, type Role } from '@fleet/access';

/** A demo user's key: its role in the singular (`viewers` → `viewer`). */
export type DemoUserKey = Role extends `${infer One}s` ? One : never;

/** One demo user of the local stack: `npm start` creates and prints them, the tests sign in as them. */
export interface DemoUser {
  readonly key: DemoUserKey;
  readonly role: Role;
  readonly email: string;
  /** Cognito groups: the role, then `team-<name>` for each team. */
  readonly groups: readonly string[];
}

// Local only: the local Cognito holds nothing but these users; AWS stages have none.
export const DEMO_PASSWORD = 'Fleet-Console-2026!';

// Non-admins see one team's instances (the fleet has others); admins see every team without one.
const TEAMS: Readonly<Record<Role, readonly string[]>> = {
  viewers: ['payments'],
  operators: ['payments'],
  // An SRE reads every team's instances, audit, traces and health: in no team.
  sres: [],
  admins: [],
};

/**
 * One demo user per role, made from the roles list: a new role gets its user here.
 *
 * @example
 * DEMO_USERS.map((user) => user.key); // ['viewer', 'operator', 'admin']
 */
export const DEMO_USERS: readonly DemoUser[] = ROLES.map((role) => {
  const key = role.slice(0, -1) as DemoUserKey;
  return {
    key,
    role,
    email: `${key}@example.com`,
    groups: [role, ...TEAMS[role].map((team) => `team-${team}`)],
  };
});

/**
 * The demo user behind a key.
 *
 * @example
 * demoUser('operator').groups; // ['operators', 'team-payments']
 */
export function demoUser(key: DemoUserKey): DemoUser {
  const user = DEMO_USERS.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
}
