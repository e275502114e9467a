import type { ActionResponse, ApiError, Instance } from '@fleet/contract';
import { auditRecordsOf, callApi, instanceSupply, waitForInstanceState } from '@fleet/testing';

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const ref = (instance: Instance) => ({ region: instance.region, id: instance.id });

describe('POST /instances/terminate', () => {
  let supply: Awaited<ReturnType<typeof instanceSupply>>;

  beforeAll(async () => {
    supply = await instanceSupply('data');
  });

  it('answers 403 to an operator and records the attempt as denied, with the reason given', async () => {
    const instance = await supply.next('running');

    const { status } = await callApi(
      '/instances/terminate',
      post({ ...ref(instance), reason: 'cleanup' }),
      { as: 'operator' },
    );

    expect(status).toBe(403);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      kind: 'denied',
      action: 'terminate',
      reason: 'cleanup',
      actor: { email: 'operator@example.com' },
    });
  });

  it('answers 400 ReasonRequired without a reason, and records nothing', async () => {
    const instance = await supply.next('running');
    const before = await auditRecordsOf(instance);

    const { status, body } = await callApi<ApiError>('/instances/terminate', post(ref(instance)));

    expect(status).toBe(400);
    expect(body.code).toBe('ReasonRequired');
    expect(await auditRecordsOf(instance)).toHaveLength(before.length);
  });

  it('refuses an instance with termination protection, naming disableApiTermination', async () => {
    const instance = await supply.next('running');
    await callApi(
      '/instances/protection',
      post({ ...ref(instance), disableApiTermination: true, reason: 'keep' }),
    );

    const { status, body } = await callApi<ApiError>(
      '/instances/terminate',
      post({ ...ref(instance), reason: 'decommission' }),
    );

    expect(status).toBe(409);
    expect(body.code).toBe('InstanceProtected');
    expect(body.message).toContain('disableApiTermination');
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      outcome: 'refused',
      detail: 'disableApiTermination',
    });
    await callApi(
      '/instances/protection',
      post({ ...ref(instance), disableApiTermination: false, reason: 'test done' }),
    );
  });

  it('terminates an instance, and answers unchanged once it is gone', async () => {
    const instance = await supply.next('stopped');

    const first = await callApi<ActionResponse>(
      '/instances/terminate',
      post({ ...ref(instance), reason: 'decommissioned, OPS-1' }),
    );
    await waitForInstanceState(instance, ['terminated']);
    const again = await callApi<ActionResponse>(
      '/instances/terminate',
      post({ ...ref(instance), reason: 'again' }),
    );

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
