import {
  DescribeInstanceStatusCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  RebootInstancesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { errorOf, ManualClock, emulatorPerSuite } from './support/harness';
import { launch } from './support/launch';

const STEP = 1_000;

describe('DescribeInstanceStatus', () => {
  const clock = new ManualClock();
  let ec2: EC2Client;

  emulatorPerSuite(
    {
      instances: 60,
      now: clock.now,
      durations: {
        pendingMs: STEP,
        stoppingMs: STEP,
        shuttingDownMs: STEP,
        statusInitializingMs: STEP,
      },
    },
    (started) => ({ ec2 } = started),
  );

  it('reports only running instances by default', async () => {
    const out = await ec2.send(new DescribeInstanceStatusCommand({}));
    expect(out.InstanceStatuses?.length).toBeGreaterThan(0);
    expect(out.InstanceStatuses?.every((s) => s.InstanceState?.Name === 'running')).toBe(true);
  });

  it('includes stopped instances, with checks not applicable, when IncludeAllInstances is set', async () => {
    const out = await ec2.send(new DescribeInstanceStatusCommand({ IncludeAllInstances: true }));
    const stopped = out.InstanceStatuses?.find((s) => s.InstanceState?.Name === 'stopped');
    expect(stopped?.InstanceStatus?.Status).toBe('not-applicable');
    expect(stopped?.SystemStatus?.Status).toBe('not-applicable');
  });

  it('reports the seeded instance whose instance status check fails', async () => {
    const out = await ec2.send(
      new DescribeInstanceStatusCommand({
        Filters: [{ Name: 'instance-status.status', Values: ['impaired'] }],
      }),
    );
    const impaired = out.InstanceStatuses ?? [];
    expect(impaired.length).toBeGreaterThanOrEqual(1);
    expect(impaired[0]?.InstanceStatus?.Details).toEqual([
      { Name: 'reachability', Status: 'failed', ImpairedSince: expect.any(Date) },
    ]);
  });

  it('reports the seeded instance whose system status check fails', async () => {
    const out = await ec2.send(
      new DescribeInstanceStatusCommand({
        Filters: [{ Name: 'system-status.status', Values: ['impaired'] }],
      }),
    );
    expect(out.InstanceStatuses?.map((s) => s.SystemStatus?.Details?.[0]?.Status)).toEqual([
      'failed',
    ]);
  });

  it('passes both checks of a healthy running instance', async () => {
    const [id] = await launch(ec2);
    clock.advance(2 * STEP);
    const out = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id as string] }));
    expect(out.InstanceStatuses?.[0]).toMatchObject({
      InstanceStatus: { Status: 'ok', Details: [{ Name: 'reachability', Status: 'passed' }] },
      SystemStatus: { Status: 'ok', Details: [{ Name: 'reachability', Status: 'passed' }] },
    });
  });

  it('reports initializing checks right after an instance starts', async () => {
    const [id] = await launch(ec2);
    clock.advance(2 * STEP);
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id as string] }));
    clock.advance(STEP);
    await ec2.send(new StartInstancesCommand({ InstanceIds: [id as string] }));
    clock.advance(STEP);
    const out = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id as string] }));
    expect(out.InstanceStatuses?.[0]?.InstanceStatus?.Status).toBe('initializing');
  });

  it('reports initializing checks right after a reboot', async () => {
    const [id] = await launch(ec2);
    clock.advance(2 * STEP);
    await ec2.send(new RebootInstancesCommand({ InstanceIds: [id as string] }));
    const out = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id as string] }));
    expect(out.InstanceStatuses?.[0]?.SystemStatus?.Status).toBe('initializing');
  });

  it('paginates with MaxResults and NextToken', async () => {
    const first = await ec2.send(
      new DescribeInstanceStatusCommand({ MaxResults: 5, IncludeAllInstances: true }),
    );
    const second = await ec2.send(
      new DescribeInstanceStatusCommand({
        MaxResults: 5,
        IncludeAllInstances: true,
        NextToken: first.NextToken,
      }),
    );
    expect(first.InstanceStatuses?.length).toBe(5);
    const firstIds = new Set(first.InstanceStatuses?.map((s) => s.InstanceId));
    expect(second.InstanceStatuses?.some((s) => firstIds.has(s.InstanceId))).toBe(false);
  });

  it('rejects MaxResults together with InstanceIds with InvalidParameterCombination', async () => {
    const [id] = await launch(ec2);
    const error = await errorOf(() =>
      ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [id as string], MaxResults: 5 })),
    );
    expect(error.name).toBe('InvalidParameterCombination');
  });
});
