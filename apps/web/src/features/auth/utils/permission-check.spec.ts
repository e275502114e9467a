import { principalFromGroups } from '@fleet/access';
import { checkPermission, roleLabel, teamScopeSentence } from './permission-check';

const viewer = principalFromGroups('s', 'v@example.com', ['viewers', 'team-payments']);
const operator = principalFromGroups('s', 'o@example.com', ['operators', 'team-payments']);
const admin = principalFromGroups('s', 'a@example.com', ['admins']);
const nobody = principalFromGroups('s', 'n@example.com', []);

describe('checkPermission', () => {
  it('allows what a role grants, with no reason', () => {
    expect(checkPermission(operator, 'instances:stop')).toEqual({ allowed: true, reason: null });
  });

  it('tells a viewer who may stop instances', () => {
    expect(checkPermission(viewer, 'instances:stop')).toEqual({
      allowed: false,
      reason: 'Operators and admins can stop instances; you are a viewer.',
    });
  });

  it('tells an operator that only admins terminate', () => {
    expect(checkPermission(operator, 'instances:terminate').reason).toBe(
      'Only admins can terminate instances; you are an operator.',
    );
  });

  it('lists every role that may read instances', () => {
    expect(checkPermission(nobody, 'instances:read').reason).toBe(
      'Viewers, operators, SREs and admins can see instances; you have no role yet.',
    );
  });

  it('allows nothing when nobody is signed in', () => {
    expect(checkPermission(null, 'instances:read').allowed).toBe(false);
  });
});

describe('roleLabel', () => {
  it('shows the most trusted of several roles', () => {
    expect(roleLabel({ roles: ['viewers', 'admins'] })).toBe('admin');
  });

  it('shows no role for a user in no role group', () => {
    expect(roleLabel(nobody)).toBeNull();
  });
});

describe('teamScopeSentence', () => {
  it('names the team a non-admin sees', () => {
    expect(teamScopeSentence(viewer)).toBe('You see instances of team payments.');
  });

  it('names every team of a member of several', () => {
    const both = principalFromGroups('s', 'b@example.com', [
      'viewers',
      'team-search',
      'team-payments',
    ]);

    expect(teamScopeSentence(both)).toBe('You see instances of teams payments and search.');
  });

  it('says nothing to an admin, who sees the whole fleet', () => {
    expect(teamScopeSentence(admin)).toBeNull();
  });

  it('explains an empty list to a user in no team', () => {
    expect(teamScopeSentence(nobody)).toMatch(/no team/);
  });
});
