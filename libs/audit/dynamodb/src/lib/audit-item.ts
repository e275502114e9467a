import type { AuditRecord } from '@fleet/contract';
import { AUDIT_INDEXES, AT_KEY, indexKeysOf } from '@fleet/audit-domain';

const INDEX_ATTRIBUTES = new Set<string>([AT_KEY, ...Object.values(AUDIT_INDEXES)]);

/**
 * A record as stored: its fields plus the index attributes derived from it.
 *
 * @example
 * await documentClient().send(new PutCommand({ TableName, Item: toItem(record) }));
 */
export function toItem(record: AuditRecord): Record<string, unknown> {
  return { ...record, ...indexKeysOf(record) };
}

/**
 * The record an item holds: every stored attribute but the index ones, exactly as stored.
 *
 * @example
 * const records = (output.Items ?? []).map(fromItem);
 */
export function fromItem(item: Record<string, unknown>): AuditRecord {
  return Object.fromEntries(
    Object.entries(item).filter(([key]) => !INDEX_ATTRIBUTES.has(key)),
  ) as AuditRecord;
}

/**
 * An item's sort key in every index.
 *
 * @example
 * atKeyOf(item); // '2026-11-26T10:00:00.000Z#us-east-1/i-…#0000000002'
 */
export function atKeyOf(item: Record<string, unknown>): string {
  return String(item[AT_KEY]);
}
