import { TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { ActionResponse, ApiError, Instance } from '@fleet/contract';
import {
  auditRecordsOf,
  callApi,
  instanceSupply,
  localAwsCounters,
  localEc2,
  resetLocalAwsCounters,
  waitForInstanceState,
} from '@fleet/testing';

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const ref = (instance: Instance) => ({ region: instance.region, id: instance.id });

describe('POST /instances/start', () => {
  let supply: Awaited<ReturnType<typeof instanceSupply>>;

  beforeAll(async () => {
    supply = await instanceSupply('payments');
  });

  it('starts a stopped instance and records attempt and outcome', async () => {
    const instance = await supply.next('stopped');

    const { status, body } = await callApi<ActionResponse>(
      '/instances/start',
      post(ref(instance)),
      { as: 'operator' },
    );

    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({
      outcome: 'succeeded',
      stateBefore: 'stopped',
      stateAfter: 'pending',
    });
    const [outcome, attempt] = await auditRecordsOf(instance);
    expect(attempt).toMatchObject({
      kind: 'attempt',
      action: 'start',
      stateBefore: 'stopped',
      requestId: body.requestId,
    });
    expect(outcome).toMatchObject({
      kind: 'outcome',
      action: 'start',
      outcome: 'succeeded',
      stateAfter: 'pending',
      attemptSeq: attempt?.seq,
    });
    await waitForInstanceState(instance, ['running']);
  });

  it('answers unchanged for a running instance, without calling StartInstances', async () => {
    const instance = await supply.next('running');
    await resetLocalAwsCounters();

    const { body } = await callApi<ActionResponse>('/instances/start', post(ref(instance)), {
      as: 'operator',
    });

    expect(body.results[0]).toMatchObject({
      outcome: 'unchanged',
      stateBefore: 'running',
      stateAfter: 'running',
    });
    expect((await localAwsCounters()).services.ec2?.actions.StartInstances).toBeUndefined();
  });

  it('refuses a terminated instance for its state, and answers 409 IncorrectInstanceState when it is alone', async () => {
    const data = await instanceSupply('data');
    const doomed = await data.next('stopped');
    await localEc2(doomed.region).send(new TerminateInstancesCommand({ InstanceIds: [doomed.id] }));
    await waitForInstanceState(doomed, ['terminated']);

    const batch = await callApi<ActionResponse>(
      '/instances/start',
      post({ instances: [ref(doomed)] }),
    );
    const single = await callApi<ApiError>('/instances/start', post(ref(doomed)));

    expect(batch.body.results[0]).toMatchObject({
      outcome: 'refused',
      refusal: 'wrong-state',
      stateBefore: 'terminated',
    });
    expect(single.status).toBe(409);
    expect(single.body.code).toBe('IncorrectInstanceState');
    expect((await auditRecordsOf(doomed))[0]).toMatchObject({
      kind: 'outcome',
      outcome: 'refused',
      detail: 'wrong-state',
    });
  });

  it('answers 403 to a viewer and records the attempt as denied', async () => {
    const instance = await supply.next('stopped');

    const { status } = await callApi('/instances/start', post(ref(instance)), {
      as: 'viewer',
    });

    expect(status).toBe(403);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({ kind: 'denied', action: 'start' });
  });

  it('answers 400 UnknownRegion for an instance in a region this stage does not manage, recording nothing', async () => {
    const { status, body } = await callApi<ApiError>(
      '/instances/start',
      post({ region: 'sa-east-1', id: 'i-0123456789abcdef0' }),
      { as: 'operator' },
    );

    expect(status).toBe(400);
    expect(body.code).toBe('UnknownRegion');
  });
});
