/** The audit trail's tables, as serverless.yml names them for each function that needs them. */
export interface AuditTables {
  /** The hash-chained records. */
  readonly records: string;
  /** Markers of attempts still waiting for their outcome. */
  readonly openAttempts: string;
  /** Chain heads, written only by the verifier's role. */
  readonly anchors: string;
}

/**
 * Table names from the function's environment (`AUDIT_TABLE`, `AUDIT_OPEN_TABLE`,
 * `AUDIT_ANCHOR_TABLE`); a function reads only those its role may touch.
 *
 * @example
 * const tables = auditTablesFromEnv();
 */
export function auditTablesFromEnv(env: NodeJS.ProcessEnv = process.env): AuditTables {
  return {
    records: env.AUDIT_TABLE ?? 'audit-table-not-configured',
    openAttempts: env.AUDIT_OPEN_TABLE ?? 'audit-open-table-not-configured',
    anchors: env.AUDIT_ANCHOR_TABLE ?? 'audit-anchor-table-not-configured',
  };
}
