import { createActionEc2 } from '@fleet/actions-ec2';
import { auditTablesFromEnv, reconcileOpenAttempts } from '@fleet/audit-dynamodb';
import { UnsettledQuerySchema, type ReconcileResponse } from '@fleet/contract';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'audit:verify', query: UnsettledQuerySchema } as const;
const tables = auditTablesFromEnv();
const ec2 = createActionEc2();

/**
 * `POST /audit/reconcile`: closes every attempt open for at least `minAgeSeconds` with a
 * `reconciled` record judged from the instance's state now. Admins only.
 */
export async function reconcileAudit({
  query,
  principal,
  requestId,
}: HttpInput<typeof spec>): Promise<ReconcileResponse> {
  const stateOf = async (region: string, id: string) =>
    (await ec2.describe(region, [id]))[0]?.state ?? null;
  const actor = { sub: principal.sub, email: principal.email, roles: [...principal.roles] };
  return reconcileOpenAttempts(tables, stateOf, {
    actor,
    requestId,
    minAgeSeconds: query.minAgeSeconds,
    now: new Date(),
  });
}

export const handler = defineHttpFunction(spec, reconcileAudit);
