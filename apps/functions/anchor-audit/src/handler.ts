import { auditTablesFromEnv, countStaleAttempts, verifyAuditTrail } from '@fleet/audit-dynamodb';
import type { AuditVerification } from '@fleet/contract';
import { defineEventFunction, logger, recordUnsettledAttempts } from '@fleet/lambda-kit';

const tables = auditTablesFromEnv();

/**
 * On a schedule: verifies every hash chain and anchors the heads that verified clean, so a
 * record is sealed minutes after it is written. Findings are logged as errors, for an alarm.
 * It also emits how many attempts stay unsettled past the action timeout (`UnsettledAttempts`):
 * the alarm on it fires when any stays open for 15 minutes, or when this function stops
 * reporting.
 */
export async function anchorAudit(): Promise<AuditVerification> {
  const [report, unsettled] = await Promise.all([
    verifyAuditTrail(tables, { anchor: true }),
    countStaleAttempts(tables.openAttempts, new Date()),
  ]);
  recordUnsettledAttempts(unsettled);
  if (report.ok) {
    logger.info('audit trail verified', {
      chains: report.chainsChecked,
      records: report.recordsChecked,
      anchored: report.chainsAnchored,
      unsettled,
    });
  } else {
    logger.error('audit trail tampered with', { findings: report.findings, unsettled });
  }
  return report;
}

export const handler = defineEventFunction(anchorAudit);
