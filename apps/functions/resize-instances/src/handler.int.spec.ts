import type { ActionResponse, ApiError } from '@fleet/contract';
import {
  actionRoute,
  alreadyIn,
  auditRecordsOf,
  ec2Calls,
  instanceDetailOf,
  refOf,
  resetLocalAwsCounters,
} from '@fleet/testing';

const resize = actionRoute('/instances/resize', { team: 'payments', as: 'operator' });

// Instances taken in the state they are already in (alreadyIn): these tests never stop or start
// one, so the suites that read the seeded states are left as they were.

// Another size of the same family keeps the processor architecture; every family of the local
// catalogue has a large and an xlarge.
function otherSize(type: string): string {
  const [family] = type.split('.');
  return type.endsWith('.large') ? `${family}.xlarge` : `${family}.large`;
}

async function typeOf(instance: { region: string; id: string }): Promise<string> {
  return (await instanceDetailOf(instance)).type;
}

describe('POST /instances/resize', () => {
  it('changes the type of a stopped instance with one ModifyInstanceAttribute and records it', async () => {
    const instance = await resize.instance('stopped', alreadyIn('stopped'));
    const target = otherSize(instance.type);
    await resetLocalAwsCounters();

    const { status, body } = await resize.post<ActionResponse>({
      ...refOf(instance),
      instanceType: target,
    });

    try {
      expect(status).toBe(200);
      expect(body.results[0]).toMatchObject({ outcome: 'succeeded', stateAfter: 'stopped' });
      expect(await ec2Calls('ModifyInstanceAttribute')).toBe(1);
      expect(await typeOf(instance)).toBe(target);
      expect((await auditRecordsOf(instance))[0]).toMatchObject({
        kind: 'outcome',
        action: 'resize',
        options: { instanceType: target },
      });
    } finally {
      await resize.post({ ...refOf(instance), instanceType: instance.type });
    }
  });

  it('refuses a running instance with 409 IncorrectInstanceState and calls no EC2', async () => {
    const instance = await resize.instance('running', alreadyIn('running'));
    await resetLocalAwsCounters();

    const { status, body } = await resize.post<ApiError>({
      ...refOf(instance),
      instanceType: otherSize(instance.type),
    });

    expect(status).toBe(409);
    expect(body.code).toBe('IncorrectInstanceState');
    expect(body.message).toContain('stopped');
    expect(await ec2Calls('ModifyInstanceAttribute')).toBe(0);
  });

  it('answers unchanged for the type the instance already has', async () => {
    const instance = await resize.instance('stopped', alreadyIn('stopped'));
    await resetLocalAwsCounters();

    const { body } = await resize.post<ActionResponse>({
      ...refOf(instance),
      instanceType: instance.type,
    });

    expect(body.results[0]?.outcome).toBe('unchanged');
    expect(await ec2Calls('ModifyInstanceAttribute')).toBe(0);
  });

  it('answers 400 for a malformed type', async () => {
    const instance = await resize.instance('stopped', alreadyIn('stopped'));

    const { status, body } = await resize.post<ApiError>({
      ...refOf(instance),
      instanceType: 'huge',
    });

    expect(status).toBe(400);
    expect(body.code).toBe('ValidationError');
  });

  it('answers 403 to a viewer and records the attempt as denied', async () => {
    const instance = await resize.instance('stopped', alreadyIn('stopped'));

    const { status } = await resize.post(
      { ...refOf(instance), instanceType: 't3.large' },
      { as: 'viewer' },
    );

    expect(status).toBe(403);
    expect((await auditRecordsOf(instance))[0]).toMatchObject({ kind: 'denied', action: 'resize' });
  });
});
