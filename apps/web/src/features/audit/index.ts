// The audit feature's public entry point.
export { AuditFilterBarSkeleton } from './components/audit-filter-bar-skeleton';
export { AuditLog, type AuditLogProps } from './components/audit-log';
// The Activity tab loads its audit table lazily itself: importing this index keeps it out of the
// instance page's first load.
export { InstanceActivityTab } from './components/instance-activity-tab';
export { UnsettledAttempts } from './components/unsettled-attempts';
export { useAuditFilters } from './hooks/use-audit-filters';
export { hasAuditFilters } from './utils/audit-filters';
export { auditKeys } from './api/audit-keys';
