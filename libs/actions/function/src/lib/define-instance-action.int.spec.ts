import type { ActionResponse, ApiError, AuditPage, Instance } from '@fleet/contract';
import {
  actionRoute,
  auditRecordsOf,
  callApi,
  clearFaults,
  ec2Calls,
  fleetInstances,
  injectFaults,
  refOf,
  resetLocalAwsCounters,
} from '@fleet/testing';

// The action kit over HTTP, through serverless-offline, on the reboot route (it leaves the
// instance running, so any instance serves again).
const reboot = actionRoute('/instances/reboot', { team: 'payments', as: 'operator' });
const keyed = (key: string) => ({ headers: { 'Idempotency-Key': key } });
const uniqueKey = (name: string): string => `${name}-${Date.now()}-${Math.random()}`;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// serverless-offline starts a worker per concurrent call that finds none idle: bring up as many
// as a race needs (authorizer and function), with requests that stop at validation.
async function warmWorkers(count: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, () => reboot.post({})));
}

describe('defineInstanceAction: at most one EC2 mutation per Idempotency-Key', () => {
  afterEach(clearFaults);

  it('answers B, B, B′, B with the act, a replay, 422, and the same replay: one RebootInstances call', async () => {
    const instance = await reboot.instance('running');
    const key = uniqueKey('sequence');
    const b = { ...refOf(instance), reason: 'kernel patch' };
    await resetLocalAwsCounters();

    const first = await reboot.post<ActionResponse>(b, keyed(key));
    const replay = await reboot.post<ActionResponse>(b, keyed(key));
    const other = await reboot.post<ApiError>({ ...b, reason: 'another reason' }, keyed(key));
    const last = await reboot.post<ActionResponse>(b, keyed(key));

    expect([first.status, replay.status, other.status, last.status]).toEqual([200, 200, 422, 200]);
    expect(other.body.code).toBe('IdempotencyKeyReused');
    expect(replay.body).toEqual(first.body);
    expect(last.body).toEqual(first.body);
    expect(await ec2Calls('RebootInstances')).toBe(1);
  });

  it('runs 20 concurrent copies of one keyed request once: one EC2 call, the others 409 + Retry-After or the replay, never 5xx', async () => {
    const instance = await reboot.instance('running');
    const key = uniqueKey('race');
    await warmWorkers(20);
    await resetLocalAwsCounters();
    // The first copy holds the key for a while (a slow EC2), and the others keep arriving
    // while it does, as a client's retries and a double click do.
    await injectFaults([{ service: 'ec2', action: 'RebootInstances', latencyMs: 1500 }]);

    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await pause(60 * i);
        return reboot.post<ActionResponse | ApiError>(refOf(instance), keyed(key));
      }),
    );

    expect(await ec2Calls('RebootInstances')).toBe(1);
    expect(answers.filter((answer) => ![200, 409].includes(answer.status))).toEqual([]);
    for (const refused of answers.filter((answer) => answer.status === 409)) {
      expect(refused.body).toMatchObject({ code: 'RequestInProgress' });
      expect(refused.headers.get('Retry-After')).toBe('1');
    }
    const requestIds = new Set(
      answers.filter((a) => a.status === 200).map((a) => (a.body as ActionResponse).requestId),
    );
    expect(requestIds.size).toBe(1);
    const [requestId] = [...requestIds];
    const attempts = (await auditRecordsOf(instance)).filter(
      (record) => record.kind === 'attempt' && record.requestId === requestId,
    );
    expect(attempts).toHaveLength(1);
  });

  // The body is compared as parsed, defaults applied: the same request however it is written.
  it.each([
    [
      'its fields in another order',
      (i: Instance) => `{"region":"${i.region}","id":"${i.id}","reason":"order"}`,
      (i: Instance) => `{"reason":"order","id":"${i.id}","region":"${i.region}"}`,
    ],
    [
      'a reason the contract trims',
      (i: Instance) => ({ ...refOf(i), reason: 'patch' }),
      (i: Instance) => ({ ...refOf(i), reason: '  patch ' }),
    ],
  ])('treats the same body with %s as a replay', async (_, body, sameBody) => {
    const instance = await reboot.instance('running');
    const key = uniqueKey('same-body');
    await resetLocalAwsCounters();

    const first = await reboot.post<ActionResponse>(body(instance), keyed(key));
    const again = await reboot.post<ActionResponse>(sameBody(instance), keyed(key));

    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body.requestId).toBe(first.body.requestId);
    expect(await ec2Calls('RebootInstances')).toBe(1);
  });

  it('stores a failed EC2 call as the answer and replays it, never running the action again', async () => {
    const instance = await reboot.instance('running');
    const key = uniqueKey('failed');
    await resetLocalAwsCounters();
    await injectFaults([{ service: 'ec2', action: 'RebootInstances', internalError: 1 }]);

    const first = await reboot.post<ActionResponse>({ instances: [refOf(instance)] }, keyed(key));
    await clearFaults();
    const callsOfFirst = await ec2Calls('RebootInstances');
    const retry = await reboot.post<ActionResponse>({ instances: [refOf(instance)] }, keyed(key));

    expect(first.body.results[0]).toMatchObject({ outcome: 'failed', errorCode: 'InternalError' });
    expect(retry.body).toEqual(first.body);
    expect(callsOfFirst).toBeGreaterThanOrEqual(1);
    expect(await ec2Calls('RebootInstances')).toBe(callsOfFirst);
    const attempts = (await auditRecordsOf(instance)).filter(
      (record) => record.kind === 'attempt' && record.requestId === first.body.requestId,
    );
    expect(attempts).toHaveLength(1);
  });

  it('releases the key when the request fails before any mutation, so a corrected retry acts', async () => {
    const [production] = await fleetInstances(
      'state=running&tag=Team=payments&tag=Environment=production',
    );
    const target = refOf(production as NonNullable<typeof production>);
    const key = uniqueKey('released');
    await resetLocalAwsCounters();

    const refused = await reboot.post<ApiError>(target, keyed(key));
    const corrected = await reboot.post<ActionResponse>(
      { ...target, reason: 'released key' },
      keyed(key),
    );

    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('ReasonRequired');
    expect(corrected.status).toBe(200);
    expect(corrected.body.results[0]).toMatchObject({ outcome: 'succeeded' });
    expect(await ec2Calls('RebootInstances')).toBe(1);
  });
});

describe('defineInstanceAction: the role is checked before the body is read', () => {
  it('answers 403 and records the denied attempt for a viewer whose body is malformed JSON', async () => {
    const instance = await reboot.instance('running');

    const { status, body } = await reboot.post<ApiError>(
      `{"region":"${instance.region}","id":"${instance.id}",`,
      { as: 'viewer' },
    );

    expect(status).toBe(403);
    expect(body.code).toBe('Forbidden');
    const { body: page } = await callApi<AuditPage>('/audit?action=reboot&outcome=denied&limit=20');
    const denied = page.items.find((record) => record.requestId === body.requestId);
    expect(denied).toMatchObject({ kind: 'denied', action: 'reboot', instanceId: null });
  });
});
