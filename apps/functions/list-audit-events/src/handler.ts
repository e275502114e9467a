import { can } from '@fleet/access';
import { encodeAuditCursor, planAuditQuery } from '@fleet/audit-domain';
import { auditTablesFromEnv, readAuditPage } from '@fleet/audit-dynamodb';
import { ListAuditQuerySchema, type AuditPage } from '@fleet/contract';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';

const spec = { permission: 'audit:read', query: ListAuditQuerySchema } as const;
const tables = auditTablesFromEnv();

/**
 * `GET /audit`: audit records newest first, filtered by instance, actor, action, outcome and
 * time; admins see everything, others their teams' instances only. Queries indexes, never scans.
 */
export async function listAuditEvents({
  query,
  principal,
}: HttpInput<typeof spec>): Promise<AuditPage> {
  const teams = can(principal, 'audit:read-all') ? undefined : principal.teams;
  const plan = planAuditQuery(query, teams, new Date().toISOString());
  if (!plan) return { items: [], nextCursor: null };
  const page = await readAuditPage(tables.records, plan);
  return {
    items: page.records,
    nextCursor: page.nextAtKey ? encodeAuditCursor(page.nextAtKey, query) : null,
  };
}

export const handler = defineHttpFunction(spec, listAuditEvents);
