import {
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeInstanceAttributeCommand,
  ModifyInstanceAttributeCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { describeAll, stateOf } from './support/fleet-queries';
import { errorOf, ManualClock, emulatorPerSuite } from './support/harness';
import { launch } from './support/launch';

const STEP = 1_000;

describe('instance attributes and tags', () => {
  const clock = new ManualClock();
  let ec2: EC2Client;

  emulatorPerSuite(
    {
      now: clock.now,
      durations: { pendingMs: STEP, stoppingMs: STEP, shuttingDownMs: STEP },
    },
    (started) => ({ ec2 } = started),
  );

  async function runningInstance(): Promise<string> {
    const [id] = await launch(ec2);
    clock.advance(STEP);
    return id as string;
  }

  const tagsOf = async (id: string): Promise<Record<string, string>> => {
    const [instance] = await describeAll(ec2, [{ Name: 'instance-id', Values: [id] }]);
    return Object.fromEntries((instance?.Tags ?? []).map((t) => [t.Key, t.Value]));
  };

  it('reports termination protection off for a new instance', async () => {
    const id = await runningInstance();
    const out = await ec2.send(
      new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute: 'disableApiTermination' }),
    );
    expect(out.DisableApiTermination).toEqual({ Value: false });
  });

  it('refuses to terminate an instance with termination protection', async () => {
    const id = await runningInstance();
    await ec2.send(
      new ModifyInstanceAttributeCommand({
        InstanceId: id,
        DisableApiTermination: { Value: true },
      }),
    );
    const error = await errorOf(() =>
      ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] })),
    );
    expect(error.name).toBe('OperationNotPermitted');
    expect(await stateOf(ec2, id)).toBe('running');
  });

  it('terminates again once termination protection is lifted', async () => {
    const id = await runningInstance();
    await ec2.send(
      new ModifyInstanceAttributeCommand({
        InstanceId: id,
        DisableApiTermination: { Value: true },
      }),
    );
    await ec2.send(
      new ModifyInstanceAttributeCommand({
        InstanceId: id,
        DisableApiTermination: { Value: false },
      }),
    );
    const out = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    expect(out.TerminatingInstances?.[0]?.CurrentState?.Name).toBe('shutting-down');
  });

  it('refuses to stop an instance with stop protection', async () => {
    const id = await runningInstance();
    await ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: id, DisableApiStop: { Value: true } }),
    );
    const error = await errorOf(() => ec2.send(new StopInstancesCommand({ InstanceIds: [id] })));
    expect(error.name).toBe('OperationNotPermitted');
  });

  it('reports stop protection once it is set', async () => {
    const id = await runningInstance();
    await ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: id, DisableApiStop: { Value: true } }),
    );
    const out = await ec2.send(
      new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute: 'disableApiStop' }),
    );
    expect(out.DisableApiStop).toEqual({ Value: true });
  });

  it('launches instances with protection when RunInstances asks for it', async () => {
    const [id] = await launch(ec2, 1, { DisableApiTermination: true });
    const out = await ec2.send(
      new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute: 'disableApiTermination' }),
    );
    expect(out.DisableApiTermination?.Value).toBe(true);
  });

  it('refuses to change the type of a running instance', async () => {
    const id = await runningInstance();
    const error = await errorOf(() =>
      ec2.send(
        new ModifyInstanceAttributeCommand({ InstanceId: id, InstanceType: { Value: 't3.large' } }),
      ),
    );
    expect(error.name).toBe('IncorrectInstanceState');
  });

  it('changes the type of a stopped instance', async () => {
    const id = await runningInstance();
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    clock.advance(STEP);
    await ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: id, InstanceType: { Value: 't3.large' } }),
    );
    const out = await ec2.send(
      new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute: 'instanceType' }),
    );
    expect(out.InstanceType).toEqual({ Value: 't3.large' });
  });

  it('refuses a type of another processor architecture, as EC2 words it', async () => {
    const id = await runningInstance();
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    clock.advance(STEP);
    const error = await errorOf(() =>
      ec2.send(
        new ModifyInstanceAttributeCommand({
          InstanceId: id,
          InstanceType: { Value: 't4g.large' },
        }),
      ),
    );
    expect(error.name).toBe('InvalidInstanceAttributeValue');
    expect(error.message).toBe(
      `'t4g.large' is not a valid instance type for instance '${id}' of architecture 'x86_64'.`,
    );
  });

  it('answers an attribute of an unknown instance with InvalidInstanceID.NotFound', async () => {
    const error = await errorOf(() =>
      ec2.send(
        new DescribeInstanceAttributeCommand({
          InstanceId: 'i-00000000000000000',
          Attribute: 'disableApiStop',
        }),
      ),
    );
    expect(error.name).toBe('InvalidInstanceID.NotFound');
  });

  it('adds and overwrites tags with CreateTags', async () => {
    const [id] = await launch(ec2, 1, {
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Team', Value: 'search' }] }],
    });
    await ec2.send(
      new CreateTagsCommand({
        Resources: [id as string],
        Tags: [
          { Key: 'Team', Value: 'data' },
          { Key: 'Tier', Value: 'gold' },
        ],
      }),
    );
    expect(await tagsOf(id as string)).toEqual({ Team: 'data', Tier: 'gold' });
  });

  it('rejects tag keys in the reserved aws: namespace', async () => {
    const [id] = await launch(ec2);
    const error = await errorOf(() =>
      ec2.send(
        new CreateTagsCommand({
          Resources: [id as string],
          Tags: [{ Key: 'aws:owner', Value: 'x' }],
        }),
      ),
    );
    expect(error.name).toBe('InvalidParameterValue');
  });

  it('deletes a tag only when its value matches', async () => {
    const [id] = await launch(ec2, 1, {
      TagSpecifications: [
        {
          ResourceType: 'instance',
          Tags: [
            { Key: 'Env', Value: 'dev' },
            { Key: 'Team', Value: 'data' },
          ],
        },
      ],
    });
    await ec2.send(
      new DeleteTagsCommand({
        Resources: [id as string],
        Tags: [{ Key: 'Env', Value: 'prod' }, { Key: 'Team' }],
      }),
    );
    expect(await tagsOf(id as string)).toEqual({ Env: 'dev' });
  });

  it('deletes every tag when DeleteTags names none', async () => {
    const [id] = await launch(ec2, 1, {
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Env', Value: 'dev' }] }],
    });
    await ec2.send(new DeleteTagsCommand({ Resources: [id as string] }));
    expect(await tagsOf(id as string)).toEqual({});
  });

  it('tags nothing when one of the resources does not exist', async () => {
    const [id] = await launch(ec2);
    const error = await errorOf(() =>
      ec2.send(
        new CreateTagsCommand({
          Resources: [id as string, 'i-00000000000000000'],
          Tags: [{ Key: 'A', Value: 'b' }],
        }),
      ),
    );
    expect(error.name).toBe('InvalidInstanceID.NotFound');
    expect(await tagsOf(id as string)).toEqual({});
  });
});
