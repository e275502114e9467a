import { TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { ActionResponse, ApiError } from '@fleet/contract';
import {
  actionRoute,
  auditRecordsOf,
  instanceSupply,
  localAwsCounters,
  localEc2,
  refOf,
  resetLocalAwsCounters,
  waitForInstanceState,
} from '@fleet/testing';

const start = actionRoute('/instances/start', { team: 'payments', as: 'operator' });

describe('POST /instances/start', () => {
  it('starts a stopped instance and records attempt and outcome', async () => {
    const instance = await start.instance('stopped');

    const { status, body } = await start.post<ActionResponse>(refOf(instance));

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
    const instance = await start.instance('running');
    await resetLocalAwsCounters();

    const { body } = await start.post<ActionResponse>(refOf(instance));

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

    const batch = await start.post<ActionResponse>({ instances: [refOf(doomed)] }, { as: 'admin' });
    const single = await start.post<ApiError>(refOf(doomed), { as: 'admin' });

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
    const instance = await start.instance('stopped');

    const { status } = await start.post(refOf(instance), { as: 'viewer' });

    expect(status).toBe(403);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({ kind: 'denied', action: 'start' });
  });

  it('answers 400 UnknownRegion for an instance in a region this stage does not manage, recording nothing', async () => {
    const { status, body } = await start.post<ApiError>({
      region: 'sa-east-1',
      id: 'i-0123456789abcdef0',
    });

    expect(status).toBe(400);
    expect(body.code).toBe('UnknownRegion');
  });
});
