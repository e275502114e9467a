import { verifyTargetOf } from '@fleet/audit-domain';
import { auditTablesFromEnv, verifyAuditTrail } from '@fleet/audit-dynamodb';
import { VerifyAuditQuerySchema, type AuditVerification } from '@fleet/contract';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'audit:verify', query: VerifyAuditQuerySchema } as const;
const tables = auditTablesFromEnv();

/**
 * `POST /audit/verify`: verifies every hash chain (or one instance's) against its anchor and
 * anchors the heads that verified clean. Admins only.
 */
export async function verifyAudit({ query }: HttpInput<typeof spec>): Promise<AuditVerification> {
  return verifyAuditTrail(tables, { chain: verifyTargetOf(query), anchor: true });
}

export const handler = defineHttpFunction(spec, verifyAudit);
