import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord, UnsettledPage } from '@fleet/contract';
import { callApi, LOCAL_AUDIT_TABLES, localDynamoDb } from '@fleet/testing';

/** What the audit trail holds about one scenario's attempts, read after it ran. */
export interface AuditLedger {
  /** Attempt records written since the scenario began. */
  readonly attempts: number;
  /** Closing records (outcome or reconciled) of those attempts. */
  readonly closings: number;
  /** Attempts closed more than once (two contradicting closings). */
  readonly closedTwice: number;
  /** Attempts neither closed nor listed by `GET /audit/unsettled`. */
  readonly orphans: number;
  /** Attempts that may have reached EC2 (open, or closed other than refused/aborted/failed), by action. */
  readonly mayHaveActed: Readonly<Record<string, number>>;
  /** Per Idempotency-Key (read from the reason), attempts beyond the first that may have acted. */
  readonly duplicateRuns: number;
  /** The instance chains written to: what to verify. */
  readonly chains: readonly string[];
}

// Closings that prove no EC2 mutation was sent (the action domain's contract).
const NOTHING_SENT = new Set(['refused', 'aborted', 'failed', 'denied']);

/** The scenarios tag each request's reason `rel:<key> …`, so attempts group by key. */
export function keyedReason(key: string, text = 'reliability run'): string {
  return `rel:${key} ${text}`;
}

function keyOf(record: AuditRecord): string | undefined {
  return record.reason?.match(/^rel:(\S+)/)?.[1];
}

async function recordsSince(since: string): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await localDynamoDb().send(
      new ScanCommand({
        TableName: LOCAL_AUDIT_TABLES.records,
        FilterExpression: '#at >= :since',
        ExpressionAttributeNames: { '#at': 'at' },
        ExpressionAttributeValues: { ':since': since },
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    records.push(...((page.Items ?? []) as AuditRecord[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return records;
}

async function unsettledAttempts(): Promise<Set<string>> {
  const { status, body } = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');
  if (status !== 200) throw new Error(`GET /audit/unsettled answered ${status}`);
  return new Set(body.items.map((item) => `${item.claim.chain}#${item.claim.requestId}`));
}

/**
 * Reads every audit record written since `since` straight from the stack's DynamoDB, and the
 * open attempts through the API, and says what a reader of the trail would find wrong: attempts
 * closed twice, attempts nobody will ever see (orphans), keys that acted twice.
 *
 * @example
 * const ledger = await auditLedger(startedAt.toISOString());
 * ledger.orphans; // 0
 */
export async function auditLedger(since: string): Promise<AuditLedger> {
  const [records, unsettled] = await Promise.all([recordsSince(since), unsettledAttempts()]);
  const attempts = records.filter((record) => record.kind === 'attempt');
  const closingsOf = new Map<string, AuditRecord[]>();
  for (const record of records) {
    if (record.kind !== 'outcome' && record.kind !== 'reconciled') continue;
    const at = `${record.chain}#${record.attemptSeq}`;
    closingsOf.set(at, [...(closingsOf.get(at) ?? []), record]);
  }
  const mayHaveActed: Record<string, number> = {};
  const actedPerKey = new Map<string, number>();
  let orphans = 0;
  let closedTwice = 0;
  for (const attempt of attempts) {
    const closings = closingsOf.get(`${attempt.chain}#${attempt.seq}`) ?? [];
    if (closings.length > 1) closedTwice++;
    if (closings.length === 0 && !unsettled.has(`${attempt.chain}#${attempt.requestId}`)) orphans++;
    const closing = closings[0];
    if (closing && NOTHING_SENT.has(closing.outcome)) continue;
    mayHaveActed[attempt.action] = (mayHaveActed[attempt.action] ?? 0) + 1;
    const key = keyOf(attempt);
    if (!key) continue;
    const perKey = `${attempt.chain}#${key}`;
    actedPerKey.set(perKey, (actedPerKey.get(perKey) ?? 0) + 1);
  }
  return {
    attempts: attempts.length,
    closings: [...closingsOf.values()].reduce((sum, list) => sum + list.length, 0),
    closedTwice,
    orphans,
    mayHaveActed,
    duplicateRuns: [...actedPerKey.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    chains: [...new Set(attempts.map((attempt) => attempt.chain))],
  };
}
