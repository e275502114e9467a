import { fromAuthorizerContext, toAuthorizerContext } from './authorizer-context';
import { can, permissionsOf } from './permissions';
import { principalFromGroups } from './principal';
import { isInTeamScope, teamScopeOf } from './team-scope';

describe('permissions', () => {
  it('lets viewers read instances and metrics, nothing more', () => {
    expect([...permissionsOf(['viewers'])].sort()).toEqual([
      'audit:read',
      'instances:read',
      'metrics:read',
    ]);
  });

  it('lets operators also start, stop and reboot, but not terminate', () => {
    const operator = { roles: ['operators'] as const };

    expect(can(operator, 'instances:stop')).toBe(true);
    expect(can(operator, 'instances:reboot')).toBe(true);
    expect(can(operator, 'instances:terminate')).toBe(false);
    expect(can(operator, 'instances:protect')).toBe(false);
  });

  it('lets admins terminate, change protection and read the whole audit trail', () => {
    const admin = { roles: ['admins'] as const };

    expect(can(admin, 'instances:terminate')).toBe(true);
    expect(can(admin, 'instances:protect')).toBe(true);
    expect(can(admin, 'audit:read-all')).toBe(true);
  });

  it('lets SREs read instances, the whole audit trail, traces and health, and act on nothing', () => {
    expect([...permissionsOf(['sres'])].sort()).toEqual([
      'audit:read',
      'audit:read-all',
      'health:read',
      'instances:read',
      'metrics:read',
      'traces:read',
    ]);
  });

  it('keeps traces and health from viewers and operators', () => {
    expect(can({ roles: ['operators'] }, 'traces:read')).toBe(false);
    expect(can({ roles: ['viewers'] }, 'health:read')).toBe(false);
    expect(can({ roles: ['admins'] }, 'traces:read')).toBe(true);
  });

  it('lets operators and admins edit tags and resize, and only admins change the Team tag', () => {
    const cells = (['viewers', 'operators', 'sres', 'admins'] as const).map((role) => [
      role,
      can({ roles: [role] }, 'instances:tag'),
      can({ roles: [role] }, 'instances:tag-team'),
      can({ roles: [role] }, 'instances:resize'),
    ]);

    expect(cells).toEqual([
      ['viewers', false, false, false],
      ['operators', true, false, true],
      ['sres', false, false, false],
      ['admins', true, true, true],
    ]);
  });

  it('grants nothing to a caller without a role', () => {
    expect(permissionsOf([]).size).toBe(0);
  });
});

describe('principalFromGroups', () => {
  it('separates roles from team groups and ignores other groups', () => {
    expect(
      principalFromGroups('s', 'e@x', [
        'team-search',
        'operators',
        'beta-testers',
        'team-payments',
      ]),
    ).toEqual({
      sub: 's',
      email: 'e@x',
      roles: ['operators'],
      teams: ['payments', 'search'],
    });
  });
});

describe('team scope', () => {
  const viewer = principalFromGroups('s', 'e', ['viewers', 'team-payments']);
  const admin = principalFromGroups('s', 'e', ['admins']);
  const sre = principalFromGroups('s', 'e', ['sres']);

  it('lets SREs see every team, as admins do', () => {
    expect(teamScopeOf(sre)).toBeUndefined();
    expect(isInTeamScope(sre, 'search')).toBe(true);
  });

  it('limits non-admins to their teams and lets admins see everything', () => {
    expect(teamScopeOf(viewer)).toEqual(['payments']);
    expect(teamScopeOf(admin)).toBeUndefined();
  });

  it('puts instances without a Team tag out of a non-admin scope', () => {
    expect(isInTeamScope(viewer, 'payments')).toBe(true);
    expect(isInTeamScope(viewer, 'search')).toBe(false);
    expect(isInTeamScope(viewer, undefined)).toBe(false);
    expect(isInTeamScope(admin, undefined)).toBe(true);
  });
});

describe('authorizer context', () => {
  it('round-trips a principal through string-only values', () => {
    const principal = principalFromGroups('sub-1', 'ana@example.com', [
      'operators',
      'team-payments',
      'team-search',
    ]);
    const context = toAuthorizerContext(principal);

    expect(Object.values(context).every((value) => typeof value === 'string')).toBe(true);
    expect(fromAuthorizerContext({ ...context })).toEqual(principal);
  });

  it('answers no principal when the authorizer passed none', () => {
    expect(fromAuthorizerContext(undefined)).toBeUndefined();
    expect(fromAuthorizerContext({ sub: '' })).toBeUndefined();
  });
});
