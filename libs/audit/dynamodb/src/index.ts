export { auditTablesFromEnv, type AuditTables } from './lib/audit-tables';
export { documentClient, rawDynamoDbClient } from './lib/document-client';
export { toItem, fromItem } from './lib/audit-item';
export {
  AppendContentionError,
  appendToChain,
  chainHead,
  type AppendOptions,
} from './lib/chain-appender';
export { createAuditWriter, type AuditWriter } from './lib/audit-writer';
export {
  OPEN_ATTEMPT_SHARDS,
  claimAttempt,
  claimClosing,
  listOpenAttempts,
  releaseAttempt,
  type AttemptKey,
  type OpenAttempt,
} from './lib/open-attempts';
export { settlementOf, type AttemptSettlement } from './lib/attempt-settlement';
export {
  readAllChains,
  readAuditPage,
  readChain,
  readRecord,
  type AuditRecordsPage,
} from './lib/audit-reader';
export { readAnchor, readAnchors, writeAnchor } from './lib/anchor-store';
export { verifyAuditTrail, type VerifyOptions } from './lib/verify-audit-trail';
export { unsettledAttempts, type UnsettledAttempt } from './lib/unsettled-attempts';
export { countStaleAttempts } from './lib/stale-attempts';
export {
  reconcileOpenAttempts,
  type ReconcileOptions,
  type InstanceReader,
} from './lib/reconcile-open-attempts';
