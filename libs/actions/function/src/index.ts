export {
  defineInstanceAction,
  type ActionBody,
  type InstanceActionSpec,
  type InstanceActionWiring,
} from './lib/define-instance-action';
export {
  defaultActionPorts,
  type AfterMutation,
  type InstanceActionPorts,
} from './lib/action-ports';
export {
  IN_PROGRESS_RETRY_AFTER_SECONDS,
  idempotentRuns,
  type KeyedRequest,
  type RunOnce,
} from './lib/idempotent-runs';
export { deniedAttemptRecorder } from './lib/denied-attempt-recorder';
export { requestContextOf } from './lib/request-context';
export { inventoryWriteThrough } from './lib/inventory-write-through';
