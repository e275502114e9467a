export { stackUrls, type StackUrls } from './stack-urls';
export { callApi, type ApiAnswer } from './api-client';
export { apiGatewayEvent, lambdaContext, type EventOptions } from './lambda-fixtures';
export { anInstance } from './instance-fixtures';
export {
  clearFaults,
  injectFaults,
  localAwsCounters,
  resetLocalAwsCounters,
  type FaultRule,
  type LocalAwsCounters,
} from './local-aws-admin';
