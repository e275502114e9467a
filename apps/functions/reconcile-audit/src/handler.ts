import { createActionEc2 } from '@fleet/actions-ec2';
import { functionTimeoutSeconds } from '@fleet/audit-domain';
import { auditTablesFromEnv, reconcileOpenAttempts } from '@fleet/audit-dynamodb';
import { UnsettledQuerySchema, type ReconcileResponse } from '@fleet/contract';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'audit:verify', query: UnsettledQuerySchema } as const;
const tables = auditTablesFromEnv();
const ec2 = createActionEc2();
// The same serverless.yml param that sets every function's timeout, so AWS and local agree.
const actionTimeoutSeconds = functionTimeoutSeconds(process.env.FUNCTION_TIMEOUT_SECONDS);

/**
 * `POST /audit/reconcile`: closes every attempt open for at least `minAgeSeconds` (and never
 * younger than the action functions' timeout plus a margin) with a `reconciled` record judged
 * from the instance now (its state; for tag edits its tags, for a resize its type). Admins only.
 */
export async function reconcileAudit({
  query,
  principal,
  requestId,
}: HttpInput<typeof spec>): Promise<ReconcileResponse> {
  const readInstance = async (region: string, id: string) =>
    (await ec2.describe(region, [id]))[0] ?? null;
  const actor = { sub: principal.sub, email: principal.email, roles: [...principal.roles] };
  return reconcileOpenAttempts(tables, readInstance, {
    actor,
    requestId,
    minAgeSeconds: query.minAgeSeconds,
    actionTimeoutSeconds,
    now: new Date(),
  });
}

export const handler = defineHttpFunction(spec, reconcileAudit);
