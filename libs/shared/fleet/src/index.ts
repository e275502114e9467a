export { instanceKey, type InstanceIdentity } from './lib/instance-key';
export { TEAM_TAG, inTeamScope, teamOf, type TeamScope } from './lib/team-scope';
export { parseFleetRegions, selectRegions } from './lib/managed-regions';
export {
  FleetRequestError,
  InvalidRequestError,
  NotFoundError,
  instanceNotFound,
} from './lib/request-errors';
export {
  ENVIRONMENT_TAG,
  PRODUCTION,
  isProduction,
  missingReason,
  reasonRequirement,
  type TaggedInstance,
} from './lib/reason-rule';
