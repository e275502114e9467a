import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import type { ActionResponse, ApiError, Instance } from '@fleet/contract';
import {
  actionRoute,
  auditRecordsOf,
  clearFaults,
  ec2Calls,
  fleetInstances,
  injectFaults,
  localAwsCounters,
  localEc2,
  refOf,
  refusalsOf,
  resetLocalAwsCounters,
  traceIdOf,
  waitForInstanceState,
} from '@fleet/testing';

async function hibernationReadyIds(instances: Instance[]): Promise<Set<string>> {
  const ready = new Set<string>();
  for (const region of new Set(instances.map((instance) => instance.region))) {
    const output = await localEc2(region).send(
      new DescribeInstancesCommand({
        InstanceIds: instances.filter((i) => i.region === region).map((i) => i.id),
      }),
    );
    for (const reservation of output.Reservations ?? []) {
      for (const instance of reservation.Instances ?? [])
        if (instance.HibernationOptions?.Configured) ready.add(instance.InstanceId ?? '');
    }
  }
  return ready;
}

const stop = actionRoute('/instances/stop', { team: 'payments', as: 'operator' });
const protection = actionRoute('/instances/protection', { team: 'payments' });

describe('POST /instances/stop', () => {
  // The operator's own team, outside production; which of them were launched with hibernation
  // is not in the API's model, so it is asked of EC2.
  let hibernationReady = new Set<string>();

  beforeAll(async () => {
    hibernationReady = await hibernationReadyIds(await fleetInstances('tag=Team=payments'));
  });
  afterEach(clearFaults);

  it('stops a running instance, and records the attempt before and the outcome after', async () => {
    const instance = await stop.instance('running');

    const { status, headers, body } = await stop.post<ActionResponse>({
      ...refOf(instance),
      reason: 'patching',
    });

    expect(status).toBe(200);
    // The request's X-Ray trace (the local gateway returns its id, as API Gateway does).
    const traceId = traceIdOf({ headers });
    expect(traceId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(body.results).toEqual([
      expect.objectContaining({
        ...refOf(instance),
        outcome: 'succeeded',
        stateBefore: 'running',
        stateAfter: 'stopping',
      }),
    ]);
    expect(body.auditComplete).toBe(true);
    const [outcome, attempt] = await auditRecordsOf(instance);
    expect(attempt).toMatchObject({
      kind: 'attempt',
      action: 'stop',
      outcome: 'pending',
      actor: { email: 'operator@example.com', roles: ['operators'] },
      reason: 'patching',
      requestId: body.requestId,
      traceId,
      team: 'payments',
      stateBefore: 'running',
      stateAfter: null,
    });
    expect(attempt?.sourceIp).toEqual(expect.any(String));
    expect(attempt?.userAgent).toEqual(expect.any(String));
    expect(outcome).toMatchObject({
      kind: 'outcome',
      seq: (attempt?.seq ?? 0) + 1,
      attemptSeq: attempt?.seq,
      outcome: 'succeeded',
      stateAfter: 'stopping',
      prevHash: attempt?.hash,
    });
    await waitForInstanceState(instance, ['stopped']);
  });

  it('answers unchanged for an instance already stopped, without calling StopInstances', async () => {
    const instance = await stop.instance('running');
    await stop.post(refOf(instance));
    await waitForInstanceState(instance, ['stopped']);
    await resetLocalAwsCounters();

    const { status, body } = await stop.post<ActionResponse>(refOf(instance));

    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({
      outcome: 'unchanged',
      stateBefore: 'stopped',
      stateAfter: 'stopped',
    });
    expect(await ec2Calls('StopInstances')).toBe(0);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      kind: 'outcome',
      outcome: 'unchanged',
    });
  });

  it('stops instances of several regions with one StopInstances call per region, one result each', async () => {
    const first = await stop.instance('running');
    const second = await stop.instance('running', (instance) => instance.region !== first.region);
    const third = await stop.instance(
      'running',
      (instance) => instance.region === first.region && instance.id !== first.id,
    );
    await resetLocalAwsCounters();

    const { status, body } = await stop.post<ActionResponse>({
      instances: [first, second, third].map(refOf),
    });

    expect(status).toBe(200);
    expect(body.results.map((result) => [result.id, result.outcome])).toEqual([
      [first.id, 'succeeded'],
      [second.id, 'succeeded'],
      [third.id, 'succeeded'],
    ]);
    const counters = await localAwsCounters();
    expect(counters.services.ec2?.actions.StopInstances?.total).toBe(2);
    expect(counters.services.ec2?.actions.StopInstances?.regions).toEqual({
      [first.region]: 1,
      [second.region]: 1,
    });
  });

  it('refuses an instance of another team as out of scope, hiding its state, and acts on the others', async () => {
    const [foreign] = await fleetInstances('state=running&tag=Team=search');
    const own = await stop.instance('running');

    const { body } = await stop.post<ActionResponse>({
      instances: [refOf(foreign as Instance), refOf(own)],
    });

    expect(body.results[0]).toMatchObject({
      outcome: 'refused',
      refusal: 'out-of-scope',
      stateBefore: null,
      stateAfter: null,
    });
    expect(body.results[1]).toMatchObject({ outcome: 'succeeded' });
    expect(await waitForInstanceState(foreign as Instance, ['running'])).toBeDefined();
  });

  it('answers 409 InstanceNotFound for one instance out of scope, exactly as for one that does not exist', async () => {
    const [foreign] = await fleetInstances('state=running&tag=Team=search');

    const outOfScope = await stop.post<ApiError>(refOf(foreign as Instance));
    const absent = await stop.post<ApiError>({ region: 'us-east-1', id: 'i-0000000000000dead' });

    expect(outOfScope.status).toBe(409);
    expect(outOfScope.body.code).toBe('InstanceNotFound');
    expect(absent.status).toBe(409);
    expect(absent.body.code).toBe('InstanceNotFound');
    expect(outOfScope.body.message.replace(/i-\w+ in [\w-]+/, '')).toBe(
      absent.body.message.replace(/i-\w+ in [\w-]+/, ''),
    );
  });

  it('refuses a stop-protected instance, naming disableApiStop, and answers 409 when it is the only one', async () => {
    const instance = await stop.instance('running');
    await protection.post({ ...refOf(instance), disableApiStop: true });

    const { inBatch, alone } = await refusalsOf(stop, instance);

    expect(inBatch).toMatchObject({
      outcome: 'refused',
      refusal: 'protected',
      flag: 'disableApiStop',
      stateBefore: 'running',
    });
    expect(alone.status).toBe(409);
    expect(alone.body.code).toBe('InstanceProtected');
    expect(alone.body.message).toContain('disableApiStop');
    await protection.post({ ...refOf(instance), disableApiStop: false });
  });

  it('answers 400 ReasonRequired for a production instance without a reason, and records nothing', async () => {
    const [production] = await fleetInstances(
      'state=running&tag=Team=payments&tag=Environment=production',
    );
    const before = await auditRecordsOf(production as Instance);

    const { status, body } = await stop.post<ApiError>(refOf(production as Instance));

    expect(status).toBe(400);
    expect(body.code).toBe('ReasonRequired');
    expect(await auditRecordsOf(production as Instance)).toHaveLength(before.length);
  });

  it('refuses to hibernate an instance launched without hibernation', async () => {
    const instance = await stop.instance(
      'running',
      (candidate) => !hibernationReady.has(candidate.id),
    );

    const { body } = await stop.post<ActionResponse>({
      instances: [refOf(instance)],
      hibernate: true,
    });

    expect(body.results[0]).toMatchObject({
      outcome: 'refused',
      refusal: 'hibernation-not-configured',
    });
  });

  it('hibernates an instance launched with hibernation', async () => {
    const instance = await stop.instance('running', (candidate) =>
      hibernationReady.has(candidate.id),
    );

    const { body } = await stop.post<ActionResponse>({
      instances: [refOf(instance)],
      hibernate: true,
    });

    expect(body.results[0]).toMatchObject({ outcome: 'succeeded', stateAfter: 'stopping' });
    expect((await auditRecordsOf(instance))[0]?.options).toEqual({ hibernate: true });
  });

  it('forces the stop of an instance that is already stopping', async () => {
    const instance = await stop.instance('running');
    await stop.post(refOf(instance));
    await resetLocalAwsCounters();

    const { body } = await stop.post<ActionResponse>({ ...refOf(instance), force: true });

    expect(['succeeded', 'unchanged']).toContain(body.results[0]?.outcome);
    const [outcome] = await auditRecordsOf(instance);
    expect(outcome?.options).toEqual({ force: true });
  });

  it('reports an instance EC2 failed on with the AWS error code', async () => {
    const instance = await stop.instance('running');
    await injectFaults([{ service: 'ec2', action: 'StopInstances', internalError: 1 }]);

    const { status, body } = await stop.post<ActionResponse>({ instances: [refOf(instance)] });

    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({
      outcome: 'failed',
      errorCode: 'InternalError',
      stateAfter: 'running',
    });
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      outcome: 'failed',
      detail: 'InternalError',
    });
  });

  it('answers 503 Throttled with Retry-After when EC2 throttles past the retries, and a retry with the same key acts', async () => {
    const instance = await stop.instance('running');
    await injectFaults([{ service: 'ec2', action: 'StopInstances', requestLimitExceeded: 1 }]);
    const key = { 'Idempotency-Key': `throttled-${instance.id}` };

    const throttled = await stop.post<ApiError>(refOf(instance), { headers: key });

    expect(throttled.status).toBe(503);
    expect(throttled.body.code).toBe('Throttled');
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      kind: 'outcome',
      outcome: 'failed',
      detail: 'RequestLimitExceeded',
    });
    await clearFaults();
    await resetLocalAwsCounters();
    const retried = await stop.post<ActionResponse>(refOf(instance), { headers: key });
    expect(retried.status).toBe(200);
    expect(retried.body.results[0]?.outcome).toBe('succeeded');
    expect(await ec2Calls('StopInstances')).toBe(1);
  });

  it('does nothing and answers 503 when the audit trail cannot be written: no EC2 call at all', async () => {
    const instance = await stop.instance('running');
    await resetLocalAwsCounters();
    await injectFaults([{ service: 'dynamodb', unavailable: 1 }]);

    const { status, body } = await stop.post<ApiError>(refOf(instance));

    expect(status).toBe(503);
    expect(body.code).toBe('AuditUnavailable');
    expect(body.message).toMatch(/audit/i);
    expect(await ec2Calls('StopInstances')).toBe(0);
    await clearFaults();
    expect((await waitForInstanceState(instance, ['running'])).state).toBe('running');
  });

  it('answers a retry with the same Idempotency-Key from the first answer: one EC2 call, one attempt', async () => {
    const instance = await stop.instance('running');
    const key = `stop-${instance.id}-${Date.now()}`;
    const attemptsBefore = (await auditRecordsOf(instance)).filter(
      (record) => record.kind === 'attempt',
    ).length;
    await resetLocalAwsCounters();

    const first = await stop.post<ActionResponse>(refOf(instance), {
      headers: { 'Idempotency-Key': key },
    });
    const retry = await stop.post<ActionResponse>(refOf(instance), {
      headers: { 'IDEMPOTENCY-KEY': key },
    });

    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(await ec2Calls('StopInstances')).toBe(1);
    expect(
      (await auditRecordsOf(instance)).filter((record) => record.kind === 'attempt'),
    ).toHaveLength(attemptsBefore + 1);
  });

  it('keeps Idempotency-Keys apart per user: the same key from another caller is another request', async () => {
    const instance = await stop.instance('running');
    const key = `shared-${Date.now()}`;
    const attemptsBefore = (await auditRecordsOf(instance)).filter(
      (record) => record.kind === 'attempt',
    ).length;

    await stop.post(refOf(instance), { headers: { 'Idempotency-Key': key } });
    await stop.post(refOf(instance), { as: 'admin', headers: { 'Idempotency-Key': key } });

    expect(
      (await auditRecordsOf(instance)).filter((record) => record.kind === 'attempt'),
    ).toHaveLength(attemptsBefore + 2);
  });

  it('answers 400 before any record for a body naming more than 50 instances', async () => {
    const instances = Array.from({ length: 51 }, (_, i) => ({
      region: 'us-east-1',
      id: `i-${String(i).padStart(17, '0')}`,
    }));

    const { status, body } = await stop.post<ApiError>({ instances });

    expect(status).toBe(400);
    expect(body.code).toBe('ValidationError');
  });
});
