import { unsettledPageOf } from '@fleet/audit-domain';
import { auditTablesFromEnv, unsettledAttempts } from '@fleet/audit-dynamodb';
import { UnsettledQuerySchema, type UnsettledPage } from '@fleet/contract';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'audit:verify', query: UnsettledQuerySchema } as const;
const tables = auditTablesFromEnv();

/**
 * `GET /audit/unsettled`: attempts claimed but never closed (EC2 may have acted), at least
 * `minAgeSeconds` old, oldest first. Admins only.
 */
export async function listUnsettledAudit({
  query,
}: HttpInput<typeof spec>): Promise<UnsettledPage> {
  return unsettledPageOf(await unsettledAttempts(tables), query.minAgeSeconds, new Date());
}

export const handler = defineHttpFunction(spec, listUnsettledAudit);
