import type { ListAuditQuery } from '@fleet/contract';
import { canonicalJson } from './canonical-json';
import { InvalidAuditQueryError } from './invalid-audit-query-error';

/**
 * The filters a cursor is bound to: everything but `limit` and `cursor`.
 *
 * @example
 * auditQueryFingerprint({ action: 'stop', limit: 50 }); // '{"action":"stop"}'
 */
export function auditQueryFingerprint(query: ListAuditQuery): string {
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  return canonicalJson(filters);
}

const toBase64Url = (text: string): string =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string): string =>
  new TextDecoder().decode(
    Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  );

/**
 * An opaque keyset cursor: the sort key of the last record sent, bound to the query's filters.
 *
 * @example
 * const next = encodeAuditCursor(lastAtKey, query);
 */
export function encodeAuditCursor(lastAtKey: string, query: ListAuditQuery): string {
  return toBase64Url(JSON.stringify({ k: lastAtKey, f: auditQueryFingerprint(query) }));
}

/**
 * The `atKey` a cursor continues after; `400 InvalidCursor` if damaged or from other filters.
 *
 * @example
 * const beforeKey = decodeAuditCursor(query.cursor, query);
 */
export function decodeAuditCursor(cursor: string, query: ListAuditQuery): string {
  const damaged = new InvalidAuditQueryError(
    'InvalidCursor',
    'The cursor is damaged; start again without it.',
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw damaged;
  }
  // Valid JSON is not yet a cursor: `null`, `42` or `[]` decode fine and carry no key.
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw damaged;
  const { k, f } = parsed as { k?: unknown; f?: unknown };
  if (typeof k !== 'string' || k.length === 0) throw damaged;
  if (f !== auditQueryFingerprint(query)) {
    throw new InvalidAuditQueryError(
      'InvalidCursor',
      'The cursor belongs to other filters; start again without it.',
    );
  }
  return k;
}
