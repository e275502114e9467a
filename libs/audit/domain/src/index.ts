export { canonicalJson } from './lib/canonical-json';
export {
  GENESIS_HASH,
  chainOf,
  hashOf,
  hashedContentOf,
  sealRecord,
  type ChainPosition,
} from './lib/record-hash';
export { verifyChain, type ChainAnchor, type ChainVerification } from './lib/verify-chain';
export { AUDIT_INDEXES, AT_KEY, indexKeysOf, monthOf, type AuditIndex } from './lib/index-keys';
export { InvalidAuditQueryError } from './lib/invalid-audit-query-error';
export { auditQueryFingerprint, decodeAuditCursor, encodeAuditCursor } from './lib/audit-cursor';
export {
  DEFAULT_LOOKBACK_MONTHS,
  planAuditQuery,
  type AuditQueryPlan,
  type ResidualFilters,
} from './lib/audit-query-plan';
export {
  reconciledEntry,
  reconciledOutcome,
  type ObservedInstance,
} from './lib/reconciled-outcome';
export { verifyTrail, type TrailVerification } from './lib/verify-trail';
export { auditWindowOf, type AuditWindow } from './lib/audit-window';
export { verifyTargetOf } from './lib/verify-target';
export {
  ATTEMPT_BACKOFF_CAP_MS,
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  appendBudgetMs,
  backoffDelayMs,
  type AppendKind,
} from './lib/append-backoff';
export {
  RECONCILE_MARGIN_SECONDS,
  functionTimeoutSeconds,
  isOlderThan,
  reconcileCutoff,
  type ReconcileWindow,
} from './lib/reconcile-cutoff';
export { unsettledPageOf, type ClaimedAttempt } from './lib/unsettled-page';
