export {
  PERMISSIONS,
  PERMISSION_ACTIONS,
  ROLES,
  can,
  permissionsOf,
  type Permission,
  type Role,
} from './lib/permissions';
export { principalFromGroups, type Principal } from './lib/principal';
export { isInTeamScope, teamScopeOf } from './lib/team-scope';
export {
  fromAuthorizerContext,
  toAuthorizerContext,
  type AuthorizerContext,
} from './lib/authorizer-context';
