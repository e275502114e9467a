import { csvField } from '../../../lib/csv';
import type { AuditRecord } from '@fleet/contract';

export { csvField };

type Cell = string | number | null;
type Scalar = {
  [K in keyof AuditRecord]: AuditRecord[K] extends Cell | undefined ? K : never;
}[keyof AuditRecord];

// A record's own scalar fields become columns of the same name in snake_case; the rest say how.
const COLUMNS: readonly (Scalar | readonly [string, (record: AuditRecord) => Cell])[] = [
  'at',
  'kind',
  'action',
  'outcome',
  'region',
  ['instance', (r) => r.instanceId],
  'team',
  ['actor_email', (r) => r.actor.email],
  ['actor_sub', (r) => r.actor.sub],
  ['actor_roles', (r) => r.actor.roles.join(' ')],
  'reason',
  ['options', (r) => (r.options ? JSON.stringify(r.options) : null)],
  'stateBefore',
  'stateAfter',
  'detail',
  'requestId',
  'traceId',
  'sourceIp',
  'userAgent',
  'id',
  'seq',
  'attemptSeq',
  'hash',
];

const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const nameOf = (column: (typeof COLUMNS)[number]): string =>
  typeof column === 'string' ? snakeCase(column) : column[0];
const cellOf = (column: (typeof COLUMNS)[number], record: AuditRecord): Cell | undefined =>
  typeof column === 'string' ? record[column] : column[1](record);

/**
 * The loaded records as CSV, header first, CRLF line ends.
 *
 * @example
 * auditCsv([]); // 'at,kind,action,…\r\n'
 */
export function auditCsv(records: readonly AuditRecord[]): string {
  const lines = [COLUMNS.map(nameOf).join(',')];
  for (const record of records) {
    lines.push(COLUMNS.map((column) => csvField(cellOf(column, record))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
