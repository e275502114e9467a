export {
  flagsToCheck,
  auditOptionsOf,
  wantedFlags,
  tagsAlreadyApplied,
  type ActionOptions,
  type TagEdit,
} from './lib/action-options';
export { targetsOf, type ActionCommand, type ActionContext } from './lib/action-context';
export { AuditUnavailableError, ReasonRequiredError, ThrottledError } from './lib/action-errors';
export type { ActionAuditPort, ActionEc2Port, AttemptHandle, CallResult } from './lib/action-ports';
export { executeInRegion, type Execution } from './lib/execute-in-region';
export type { InstanceSnapshot, ProtectionState } from './lib/instance-snapshot';
export { preconditionOf, type Verdict } from './lib/precondition';
export { offeredAction, type MenuInstance } from './lib/offered-action';
export { refusalAnswer } from './lib/refusal-answer';
export { resultOf } from './lib/result-of';
export { runInstanceAction, type ActionAnswer, type ActionPorts } from './lib/run-instance-action';
export { deniedEntries } from './lib/denied-entries';
export { applyTagEdit, instanceEdit, teamTagEdit } from './lib/instance-edit';
