import type { ActionResponse, ApiError } from '@fleet/contract';
import {
  actionRoute,
  auditRecordsOf,
  localAwsCounters,
  refOf,
  resetLocalAwsCounters,
} from '@fleet/testing';

const reboot = actionRoute('/instances/reboot', { team: 'payments', as: 'operator' });

describe('POST /instances/reboot', () => {
  it('reboots a running instance with one RebootInstances call and records it', async () => {
    const instance = await reboot.instance('running');
    await resetLocalAwsCounters();

    const { status, body } = await reboot.post<ActionResponse>(refOf(instance));

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
    const instance = await reboot.instance('stopped');

    const batch = await reboot.post<ActionResponse>({ instances: [refOf(instance)] });
    const single = await reboot.post<ApiError>(refOf(instance));

    expect(batch.body.results[0]).toMatchObject({
      outcome: 'refused',
      refusal: 'wrong-state',
      stateBefore: 'stopped',
    });
    expect(single.status).toBe(409);
    expect(single.body.code).toBe('IncorrectInstanceState');
  });

  it('answers 403 to a viewer', async () => {
    const instance = await reboot.instance('running');

    expect((await reboot.post(refOf(instance), { as: 'viewer' })).status).toBe(403);
  });
});
