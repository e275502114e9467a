import type { AuditRecord } from '@fleet/contract';
import { AUDIT_INDEXES, AT_KEY, indexKeysOf } from '@fleet/audit-domain';

const INDEX_ATTRIBUTES = new Set<string>([AT_KEY, ...Object.values(AUDIT_INDEXES)]);

/** A record as stored: its fields plus the index attributes derived from it. */
export function toItem(record: AuditRecord): Record<string, unknown> {
  return { ...record, ...indexKeysOf(record) };
}

/** The record an item holds: every stored attribute but the index ones, exactly as stored. */
export function fromItem(item: Record<string, unknown>): AuditRecord {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !INDEX_ATTRIBUTES.has(key))) as AuditRecord;
}

/** An item's sort key in every index. */
export function atKeyOf(item: Record<string, unknown>): string {
  return String(item[AT_KEY]);
}
