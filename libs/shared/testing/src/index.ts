export { stackUrls, type StackUrls } from './stack-urls';
export { callApi, type ApiAnswer, type Caller } from './api-client';
export { demoUser, idTokenOf, signIn, type DemoUserKey } from './sign-in';
export { TEST_ADMIN, apiGatewayEvent, lambdaContext, type EventOptions } from './lambda-fixtures';
export { anInstance } from './instance-fixtures';
export {
  clearFaults,
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
export {
  LOCAL_AUDIT_TABLES,
  auditRecordsOf,
  fleetInstances,
  localDynamoDb,
  waitForInstanceState,
} from './audit-fixtures';
export { instanceSupply, localEc2, settle } from './instance-preparation';
export {
  ec2ReportsState,
  invokeFunction,
  listShowsState,
  localEventBus,
  stopOutsideConsole,
  type LocalBusState,
} from './inventory-fixtures';
export { actionRoute, ec2Calls, refOf, type ActionRoute, type PostOptions } from './action-route';
