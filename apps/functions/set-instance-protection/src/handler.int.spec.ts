import { DescribeInstanceAttributeCommand } from '@aws-sdk/client-ec2';
import type { ActionResponse, ApiError, Instance } from '@fleet/contract';
import { auditRecordsOf, callApi, instanceSupply, localEc2 } from '@fleet/testing';

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const ref = (instance: Instance) => ({ region: instance.region, id: instance.id });

async function stopProtection(instance: Instance): Promise<boolean | undefined> {
  const output = await localEc2(instance.region).send(
    new DescribeInstanceAttributeCommand({ InstanceId: instance.id, Attribute: 'disableApiStop' }),
  );
  return output.DisableApiStop?.Value;
}

describe('POST /instances/protection', () => {
  let supply: Awaited<ReturnType<typeof instanceSupply>>;

  beforeAll(async () => {
    supply = await instanceSupply('platform');
  });

  it('sets a protection flag, records it, and answers unchanged when it is already set', async () => {
    const instance = await supply.next('running');

    const set = await callApi<ActionResponse>(
      '/instances/protection',
      post({ instances: [ref(instance)], disableApiStop: true }),
    );
    const again = await callApi<ActionResponse>(
      '/instances/protection',
      post({ instances: [ref(instance)], disableApiStop: true }),
    );

    expect(set.body.results[0]).toMatchObject({ outcome: 'succeeded' });
    expect(again.body.results[0]).toMatchObject({ outcome: 'unchanged' });
    expect(await stopProtection(instance)).toBe(true);
    const attempt = (await auditRecordsOf(instance)).find(
      (record) => record.requestId === set.body.requestId && record.kind === 'attempt',
    );
    expect(attempt).toMatchObject({ action: 'protect', options: { disableApiStop: true } });
    await callApi('/instances/protection', post({ ...ref(instance), disableApiStop: false }));
    expect(await stopProtection(instance)).toBe(false);
  });

  it('answers 400 when no flag is given', async () => {
    const instance = await supply.next('running');

    const { status, body } = await callApi<ApiError>('/instances/protection', post(ref(instance)));

    expect(status).toBe(400);
    expect(body.message).toMatch(/disableApiTermination|disableApiStop/);
  });

  it('answers 403 to an operator and records the attempt as denied', async () => {
    const instance = await supply.next('running');

    const { status } = await callApi(
      '/instances/protection',
      post({ ...ref(instance), disableApiTermination: true }),
      { as: 'operator' },
    );

    expect(status).toBe(403);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({
      kind: 'denied',
      action: 'protect',
    });
  });
});
