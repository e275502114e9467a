import { appendToChain, markOpen } from '@fleet/audit-dynamodb';
import type {
  AuditEntry,
  AuditRecord,
  Instance,
  ReconcileResponse,
  UnsettledPage,
} from '@fleet/contract';
import { LOCAL_AUDIT_TABLES, auditRecordsOf, callApi, instanceSupply } from '@fleet/testing';

// What a crash between EC2's answer and the outcome write leaves behind: an attempt on the
// record, its open marker, and an instance that did move. Written with the same data access the
// functions use, straight to the stack's DynamoDB (its client is built on first use, after the
// endpoint is set here).
async function strandAttempt(instance: Instance): Promise<AuditRecord> {
  process.env.AWS_ENDPOINT_URL_DYNAMODB = process.env.DYNAMODB_URL;
  process.env.AWS_REGION ??= 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  const entry: AuditEntry = {
    kind: 'attempt',
    action: 'stop',
    region: instance.region,
    instanceId: instance.id,
    team: 'payments',
    actor: { sub: 'crashed-sub', email: 'operator@example.com', roles: ['operators'] },
    reason: null,
    options: null,
    requestId: 'crashed-request',
    traceId: 'crashed-request',
    sourceIp: '127.0.0.1',
    userAgent: 'jest',
    stateBefore: 'running',
    stateAfter: null,
    outcome: 'pending',
    detail: null,
    attemptSeq: null,
  };
  const attempt = await appendToChain(LOCAL_AUDIT_TABLES.records, entry);
  await markOpen(LOCAL_AUDIT_TABLES.openAttempts, attempt);
  return attempt;
}

describe('POST /audit/reconcile', () => {
  let instance: Instance;
  let attempt: AuditRecord;

  beforeAll(async () => {
    instance = await (await instanceSupply('payments')).next('stopped');
    attempt = await strandAttempt(instance);
    // Load both functions once (refused by role: no effect), so a busy machine's cold start
    // is paid here rather than inside a test.
    await callApi('/audit/unsettled', {}, { as: 'operator' });
    await callApi('/audit/reconcile', { method: 'POST' }, { as: 'operator' });
  }, 120_000);

  it('surfaces the attempt whose outcome never got written', async () => {
    const { body } = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');

    expect(body.items.map((item) => item.attempt.id)).toContain(attempt.id);
  });

  it('leaves attempts younger than the grace period alone', async () => {
    const { body } = await callApi<ReconcileResponse>('/audit/reconcile?minAgeSeconds=3600', {
      method: 'POST',
    });

    expect(body.reconciled.map((item) => item.chain)).not.toContain(attempt.chain);
    expect(body.tooRecent).toBeGreaterThanOrEqual(1);
  });

  it("closes it from the instance's actual state, and it is no longer unsettled", async () => {
    const { status, body } = await callApi<ReconcileResponse>('/audit/reconcile?minAgeSeconds=0', {
      method: 'POST',
    });

    expect(status).toBe(200);
    expect(body.reconciled).toContainEqual({
      chain: attempt.chain,
      attemptSeq: attempt.seq,
      stateNow: 'stopped',
      recordSeq: attempt.seq + 1,
    });
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      kind: 'reconciled',
      attemptSeq: attempt.seq,
      outcome: 'succeeded',
      stateAfter: 'stopped',
    });
    const after = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');
    expect(after.body.items.map((item) => item.attempt.id)).not.toContain(attempt.id);
  });

  it('answers 403 to an operator', async () => {
    expect((await callApi('/audit/reconcile', { method: 'POST' }, { as: 'operator' })).status).toBe(
      403,
    );
  });
});
