import type { AuditRecord } from '@fleet/contract';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A
 * leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet does not run it as a formula.
 *
 * @example
 * csvField('say "hi", then go'); // '"say ""hi"", then go"'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const COLUMNS: readonly [string, (record: AuditRecord) => string | number | null][] = [
  ['at', (r) => r.at],
  ['kind', (r) => r.kind],
  ['action', (r) => r.action],
  ['outcome', (r) => r.outcome],
  ['region', (r) => r.region],
  ['instance', (r) => r.instanceId],
  ['team', (r) => r.team],
  ['actor_email', (r) => r.actor.email],
  ['actor_sub', (r) => r.actor.sub],
  ['actor_roles', (r) => r.actor.roles.join(' ')],
  ['reason', (r) => r.reason],
  ['options', (r) => (r.options ? JSON.stringify(r.options) : null)],
  ['state_before', (r) => r.stateBefore],
  ['state_after', (r) => r.stateAfter],
  ['detail', (r) => r.detail],
  ['request_id', (r) => r.requestId],
  ['trace_id', (r) => r.traceId],
  ['source_ip', (r) => r.sourceIp],
  ['user_agent', (r) => r.userAgent],
  ['id', (r) => r.id],
  ['seq', (r) => r.seq],
  ['attempt_seq', (r) => r.attemptSeq],
  ['hash', (r) => r.hash],
];

/**
 * The loaded records as CSV, header first, CRLF line ends.
 *
 * @example
 * auditCsv([]); // 'at,kind,action,…\r\n'
 */
export function auditCsv(records: readonly AuditRecord[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const record of records) {
    lines.push(COLUMNS.map(([, read]) => csvField(read(record))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
