export { stackUrls, type StackUrls } from './stack-urls';
export { callApi, jsonPost, refusalOf, type ApiAnswer, type Caller } from './api-client';
export { freshIdTokenOf, idTokenOf, signIn } from './sign-in';
export { demoUser, type DemoUserKey } from '@fleet/demo-users';
export { TEST_ADMIN, apiGatewayEvent, lambdaContext, type EventOptions } from './lambda-fixtures';
export { aFleetWithTies, anAuditEntry, anAuditRecord, anInstance } from './instance-fixtures';
export {
  awsCallsByRegion,
  clearFaults,
  clearFaultsLeftBehind,
  injectFaults,
  localAwsCounters,
  resetLocalAws,
  resetLocalAwsCounters,
  type FaultRule,
  type LocalAwsCounters,
} from './local-aws-admin';
export {
  decodeJwt,
  localCognitoSigningKey,
  signJwt,
  strangerKey,
  tamperedJwt,
} from './forge-token';
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from './browser';
export {
  takeCspViolations,
  watchCspViolations,
  watchedPages,
  type CspViolation,
} from './csp-violations';
export { signInThroughDashboard } from './browser-sign-in';
export { dashboardPagePerTest, dashboardUrl, type DashboardPageOptions } from './dashboard-page';
export {
  LOCAL_AUDIT_TABLES,
  auditRecordsOf,
  backdateOpenAttempts,
  fleetInstances,
  instanceDetailOf,
  localDynamoDb,
  openAttempts,
  settleOpenAttempts,
  waitForInstanceState,
} from './audit-fixtures';
export { instanceSupply, localEc2, settle, type WantedState } from './instance-preparation';
export {
  ec2ReportsState,
  eventDeliveriesSettled,
  invokeFunction,
  listShowsState,
  localEventBus,
  scheduledEvent,
  stopOutsideConsole,
  terminateOutsideConsole,
  type LocalBusState,
} from './inventory-fixtures';
export {
  actionRoute,
  alreadyIn,
  ec2Calls,
  refOf,
  refusalsOf,
  type ActionRoute,
  type PostOptions,
  type Refusals,
} from './action-route';
export {
  expectRefusedForState,
  itActsAndRecords,
  itDeniesAndRecords,
  type ActionCase,
} from './action-behaviours';
export { median, percentile } from './sample-statistics';
export { eventually, type EventuallyOptions } from './eventually';
export {
  descendantsOf,
  localXRay,
  traceIdOf,
  traceSegments,
  type TraceEntity,
} from './trace-reads';
