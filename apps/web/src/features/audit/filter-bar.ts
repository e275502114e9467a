// The filter bar's own public entry point, apart from index.ts: the Audit page loads it lazily
// (TextField, Select, Menu and Popover are ≈ 25 KB gzip), so the records draw first.
export { AuditFilterBar, type AuditFilterBarProps } from './components/audit-filter-bar';
