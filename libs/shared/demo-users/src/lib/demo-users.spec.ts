import { ROLES } from '@fleet/access';
import { DEMO_USERS, demoUser } from './demo-users';

describe('demo users', () => {
  it('has one user per role, in the role’s group', () => {
    expect(DEMO_USERS.map((user) => user.role)).toEqual([...ROLES]);
    for (const user of DEMO_USERS) expect(user.groups[0]).toBe(user.role);
  });

  it('puts the non-admins in one team, and the admin in none', () => {
    expect(demoUser('viewer').groups).toEqual(['viewers', 'team-payments']);
    expect(demoUser('operator').groups).toEqual(['operators', 'team-payments']);
    expect(demoUser('admin').groups).toEqual(['admins']);
  });

  it('gives every user a distinct email', () => {
    expect(new Set(DEMO_USERS.map((user) => user.email)).size).toBe(DEMO_USERS.length);
  });
});
