import type { ActionResponse, ApiError, Instance } from '@fleet/contract';
import {
  auditRecordsOf,
  callApi,
  instanceSupply,
  localAwsCounters,
  resetLocalAwsCounters,
} from '@fleet/testing';

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const ref = (instance: Instance) => ({ region: instance.region, id: instance.id });

describe('POST /instances/reboot', () => {
  let supply: Awaited<ReturnType<typeof instanceSupply>>;

  beforeAll(async () => {
    supply = await instanceSupply('payments');
  });

  it('reboots a running instance with one RebootInstances call and records it', async () => {
    const instance = await supply.next('running');
    await resetLocalAwsCounters();

    const { status, body } = await callApi<ActionResponse>(
      '/instances/reboot',
      post(ref(instance)),
      { as: 'operator' },
    );

    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({
      outcome: 'succeeded',
      stateBefore: 'running',
      stateAfter: 'running',
    });
    expect((await localAwsCounters()).services.ec2?.actions.RebootInstances?.total).toBe(1);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      kind: 'outcome',
      action: 'reboot',
      outcome: 'succeeded',
    });
  });

  it('refuses a stopped instance for its state and answers 409 when it is alone', async () => {
    const instance = await supply.next('stopped');

    const batch = await callApi<ActionResponse>(
      '/instances/reboot',
      post({ instances: [ref(instance)] }),
      { as: 'operator' },
    );
    const single = await callApi<ApiError>('/instances/reboot', post(ref(instance)), {
      as: 'operator',
    });

    expect(batch.body.results[0]).toMatchObject({
      outcome: 'refused',
      refusal: 'wrong-state',
      stateBefore: 'stopped',
    });
    expect(single.status).toBe(409);
    expect(single.body.code).toBe('IncorrectInstanceState');
  });

  it('answers 403 to a viewer', async () => {
    const instance = await supply.next('running');

    expect((await callApi('/instances/reboot', post(ref(instance)), { as: 'viewer' })).status).toBe(
      403,
    );
  });
});
