import { auditTablesFromEnv, unsettledAttempts } from '@fleet/audit-dynamodb';
import { UnsettledQuerySchema, type UnsettledPage } from '@fleet/contract';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'audit:verify', query: UnsettledQuerySchema } as const;
const tables = auditTablesFromEnv();

/**
 * `GET /audit/unsettled`: attempts whose outcome was never written (EC2 may have acted), at
 * least `minAgeSeconds` old, oldest first. Admins only.
 */
export async function listUnsettledAudit({
  query,
}: HttpInput<typeof spec>): Promise<UnsettledPage> {
  const now = Date.now();
  const items = (await unsettledAttempts(tables)).map((attempt) => ({
    attempt,
    ageSeconds: Math.floor((now - Date.parse(attempt.at)) / 1000),
  }));
  return { items: items.filter((item) => item.ageSeconds >= query.minAgeSeconds) };
}

export const handler = defineHttpFunction(spec, listUnsettledAudit);
