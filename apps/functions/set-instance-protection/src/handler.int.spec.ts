import { DescribeInstanceAttributeCommand } from '@aws-sdk/client-ec2';
import type { ActionResponse, ApiError, Instance } from '@fleet/contract';
import { actionRoute, auditRecordsOf, localEc2, refOf } from '@fleet/testing';

async function stopProtection(instance: Instance): Promise<boolean | undefined> {
  const output = await localEc2(instance.region).send(
    new DescribeInstanceAttributeCommand({ InstanceId: instance.id, Attribute: 'disableApiStop' }),
  );
  return output.DisableApiStop?.Value;
}

const protection = actionRoute('/instances/protection', { team: 'platform' });

describe('POST /instances/protection', () => {
  it('sets a protection flag, records it, and answers unchanged when it is already set', async () => {
    const instance = await protection.instance('running');

    const set = await protection.post<ActionResponse>({
      instances: [refOf(instance)],
      disableApiStop: true,
    });
    const again = await protection.post<ActionResponse>({
      instances: [refOf(instance)],
      disableApiStop: true,
    });

    expect(set.body.results[0]).toMatchObject({ outcome: 'succeeded' });
    expect(again.body.results[0]).toMatchObject({ outcome: 'unchanged' });
    expect(await stopProtection(instance)).toBe(true);
    const attempt = (await auditRecordsOf(instance)).find(
      (record) => record.requestId === set.body.requestId && record.kind === 'attempt',
    );
    expect(attempt).toMatchObject({ action: 'protect', options: { disableApiStop: true } });
    await protection.post({ ...refOf(instance), disableApiStop: false });
    expect(await stopProtection(instance)).toBe(false);
  });

  it('answers 400 when no flag is given', async () => {
    const instance = await protection.instance('running');

    const { status, body } = await protection.post<ApiError>(refOf(instance));

    expect(status).toBe(400);
    expect(body.message).toMatch(/disableApiTermination|disableApiStop/);
  });
});
