import type { ActionResponse, ApiError } from '@fleet/contract';
import { actionRoute, auditRecordsOf, refOf, waitForInstanceState } from '@fleet/testing';

const terminate = actionRoute('/instances/terminate', { team: 'data' });
const protection = actionRoute('/instances/protection', { team: 'data' });

describe('POST /instances/terminate', () => {
  it('answers 400 ReasonRequired without a reason, and records nothing', async () => {
    const instance = await terminate.instance('running');
    const before = await auditRecordsOf(instance);

    const { status, body } = await terminate.post<ApiError>(refOf(instance));

    expect(status).toBe(400);
    expect(body.code).toBe('ReasonRequired');
    expect(await auditRecordsOf(instance)).toHaveLength(before.length);
  });

  it('refuses an instance with termination protection, naming disableApiTermination', async () => {
    const instance = await terminate.instance('running');
    await protection.post({ ...refOf(instance), disableApiTermination: true, reason: 'keep' });

    const { status, body } = await terminate.post<ApiError>({
      ...refOf(instance),
      reason: 'decommission',
    });

    expect(status).toBe(409);
    expect(body.code).toBe('InstanceProtected');
    expect(body.message).toContain('disableApiTermination');
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      outcome: 'refused',
      detail: 'disableApiTermination',
    });
    await protection.post({
      ...refOf(instance),
      disableApiTermination: false,
      reason: 'test done',
    });
  });

  it('terminates an instance, and answers unchanged once it is gone', async () => {
    const instance = await terminate.instance('stopped');

    const first = await terminate.post<ActionResponse>({
      ...refOf(instance),
      reason: 'decommissioned, OPS-1',
    });
    await waitForInstanceState(instance, ['terminated']);
    const again = await terminate.post<ActionResponse>({ ...refOf(instance), reason: 'again' });

    expect(first.body.results[0]).toMatchObject({
      outcome: 'succeeded',
      stateBefore: 'stopped',
      stateAfter: 'shutting-down',
    });
    expect(again.body.results[0]).toMatchObject({
      outcome: 'unchanged',
      stateBefore: 'terminated',
    });
    const records = await auditRecordsOf(instance);
    expect(
      records.find(
        (record) => record.requestId === first.body.requestId && record.kind === 'attempt',
      ),
    ).toMatchObject({
      reason: 'decommissioned, OPS-1',
      actor: { email: 'admin@example.com', roles: ['admins'] },
    });
  });
});
