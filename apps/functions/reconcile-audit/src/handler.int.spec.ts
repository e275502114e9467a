import { appendToChain, claimAttempt, claimClosing } from '@fleet/audit-dynamodb';
import type { AuditEntry, Instance, ReconcileResponse, UnsettledPage } from '@fleet/contract';
import {
  LOCAL_AUDIT_TABLES,
  auditRecordsOf,
  callApi,
  instanceSupply,
  settleOpenAttempts,
} from '@fleet/testing';

const TEN_MINUTES_AGO = (): Date => new Date(Date.now() - 10 * 60_000);

function useStackDynamoDb(): void {
  // The data access the functions use, straight to the stack's DynamoDB (its client is built on
  // first use, after the endpoint is set here).
  process.env.AWS_ENDPOINT_URL_DYNAMODB = process.env.DYNAMODB_URL;
  process.env.AWS_REGION ??= 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
}

const entryFor = (
  instance: Instance,
  requestId: string,
  changes: Partial<AuditEntry> = {},
): AuditEntry => ({
  kind: 'attempt',
  action: 'stop',
  region: instance.region,
  instanceId: instance.id,
  team: 'payments',
  actor: { sub: 'crashed-sub', email: 'operator@example.com', roles: ['operators'] },
  reason: null,
  options: null,
  requestId,
  traceId: requestId,
  sourceIp: '127.0.0.1',
  userAgent: 'jest',
  stateBefore: 'running',
  stateAfter: null,
  outcome: 'pending',
  detail: null,
  attemptSeq: null,
  ...changes,
});

// What a crash leaves behind, `claimedAt` ago: the claim, and the attempt record unless the
// function died between the two.
async function strand(
  instance: Instance,
  requestId: string,
  claimedAt: Date,
  appended: boolean,
  changes: Partial<AuditEntry> = {},
) {
  useStackDynamoDb();
  const entry = entryFor(instance, requestId, changes);
  await claimAttempt(LOCAL_AUDIT_TABLES.openAttempts, entry, claimedAt.toISOString());
  return appended
    ? appendToChain(LOCAL_AUDIT_TABLES.records, entry, { budgetMs: 5_000, now: () => claimedAt })
    : undefined;
}

const reconcile = (minAgeSeconds: number) =>
  callApi<ReconcileResponse>(`/audit/reconcile?minAgeSeconds=${minAgeSeconds}`, {
    method: 'POST',
  });

describe('POST /audit/reconcile', () => {
  let instance: Instance;

  beforeAll(async () => {
    instance = await (await instanceSupply('payments')).next('stopped');
    // Load both functions once (refused by role: no effect), so a busy machine's cold start
    // is paid here rather than inside a test.
    await callApi('/audit/unsettled', {}, { as: 'operator' });
    await callApi('/audit/reconcile', { method: 'POST' }, { as: 'operator' });
  }, 120_000);

  // The attempt left alone as too recent is still open: aged and closed here, so the files after
  // this one find no attempt without an outcome (the stack environment checks).
  afterAll(settleOpenAttempts);

  it('lists an attempt whose function died between its claim and its record, and drops it once stale', async () => {
    await strand(instance, 'died-before-append', TEN_MINUTES_AGO(), false);

    const listed = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');
    const closed = await reconcile(0);
    const after = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');

    expect(listed.body.items.find((i) => i.claim.requestId === 'died-before-append')).toMatchObject(
      { attempt: null, claim: { action: 'stop', instanceId: instance.id } },
    );
    expect(closed.body.abandoned).toBeGreaterThanOrEqual(1);
    expect(after.body.items.map((i) => i.claim.requestId)).not.toContain('died-before-append');
  });

  it('leaves an attempt younger than the action timeout alone, even with minAgeSeconds=0', async () => {
    const attempt = await strand(instance, 'maybe-still-running', new Date(), true);

    const { body } = await reconcile(0);

    expect(body.reconciled.map((r) => r.attemptSeq)).not.toContain(attempt?.seq);
    expect(body.tooRecent).toBeGreaterThanOrEqual(1);
    const listed = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');
    expect(listed.body.items.map((i) => i.claim.requestId)).toContain('maybe-still-running');
  });

  it("closes a stale attempt from the instance's actual state, once, and it is no longer unsettled", async () => {
    const attempt = await strand(instance, 'crashed-after-ec2', TEN_MINUTES_AGO(), true);

    const [first, second] = await Promise.all([reconcile(0), reconcile(0)]);

    expect([first.status, second.status]).toEqual([200, 200]);
    const closings = [...first.body.reconciled, ...second.body.reconciled].filter(
      (r) => r.attemptSeq === attempt?.seq,
    );
    expect(closings).toEqual([
      {
        chain: attempt?.chain,
        attemptSeq: attempt?.seq,
        stateNow: 'stopped',
        recordSeq: expect.any(Number),
      },
    ]);
    const records = await auditRecordsOf(instance);
    expect(records.filter((r) => r.attemptSeq === attempt?.seq)).toEqual([
      expect.objectContaining({ kind: 'reconciled', outcome: 'succeeded', stateAfter: 'stopped' }),
    ]);
    const after = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');
    expect(after.body.items.map((i) => i.claim.requestId)).not.toContain('crashed-after-ec2');
  });

  it('leaves an attempt to the closer that won it until that closer is past the timeout, then closes it once', async () => {
    // The request won its attempt's close, then its outcome record failed to write (the
    // reliability run's lost DynamoDB answers strand one so): its hold is fresh.
    const attempt = await strand(instance, 'outcome-not-written', TEN_MINUTES_AGO(), true);
    await claimClosing(
      LOCAL_AUDIT_TABLES.openAttempts,
      { chain: attempt?.chain ?? '', requestId: 'outcome-not-written' },
      'outcome:outcome-not-written',
      new Date().toISOString(),
    );
    const closingsOf = async () =>
      (await auditRecordsOf(instance)).filter(
        (r) => r.kind === 'reconciled' && r.attemptSeq === attempt?.seq,
      );

    const whileHeld = await reconcile(0);
    const closingsWhileHeld = await closingsOf();
    // Its hold aged past the timeout as well as its claim: the closer has died with its function.
    await settleOpenAttempts();

    expect(whileHeld.body.reconciled.map((r) => r.attemptSeq)).not.toContain(attempt?.seq);
    expect(closingsWhileHeld).toEqual([]);
    expect(await closingsOf()).toEqual([
      expect.objectContaining({ kind: 'reconciled', outcome: 'succeeded', stateAfter: 'stopped' }),
    ]);
    const after = await callApi<UnsettledPage>('/audit/unsettled?minAgeSeconds=0');
    expect(after.body.items.map((i) => i.claim.requestId)).not.toContain('outcome-not-written');
  });

  it('judges a stranded tag edit from the tags: succeeded where they read as asked, unchanged where no part shows', async () => {
    const tagEdit = (requestId: string, options: AuditEntry['options']) =>
      strand(instance, requestId, TEN_MINUTES_AGO(), true, { action: 'tag', options });
    const applied = await tagEdit('tag-edit-applied', { 'tag:Team': 'payments' });
    const notApplied = await tagEdit('tag-edit-not-applied', { 'tag:Owner': 'nobody-at-all' });

    await reconcile(0);

    const outcomes = (await auditRecordsOf(instance))
      .filter((r) => r.kind === 'reconciled')
      .map((r) => [r.attemptSeq, r.outcome]);
    expect(outcomes).toEqual(
      expect.arrayContaining([
        [applied?.seq, 'succeeded'],
        [notApplied?.seq, 'unchanged'],
      ]),
    );
  });

  it('answers 403 to an operator', async () => {
    expect((await callApi('/audit/reconcile', { method: 'POST' }, { as: 'operator' })).status).toBe(
      403,
    );
  });
});
