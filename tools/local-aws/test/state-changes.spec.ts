import {
  DescribeInstancesCommand,
  RebootInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { stateOf } from './support/fleet-queries';
import { errorOf, ManualClock, emulatorPerSuite } from './support/harness';
import { launch } from './support/launch';

const STEP = 1_000;

describe('EC2 state changes (StartInstances, StopInstances, RebootInstances, TerminateInstances)', () => {
  const clock = new ManualClock();
  let ec2: EC2Client;

  emulatorPerSuite(
    {
      now: clock.now,
      durations: {
        pendingMs: STEP,
        stoppingMs: STEP,
        forcedStoppingMs: 10,
        shuttingDownMs: STEP,
        statusInitializingMs: STEP,
      },
    },
    (started) => ({ ec2 } = started),
  );

  async function runningInstance(): Promise<string> {
    const [id] = await launch(ec2);
    clock.advance(STEP);
    return id as string;
  }

  async function stoppedInstance(): Promise<string> {
    const id = await runningInstance();
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    clock.advance(STEP);
    return id;
  }

  it('launches instances in pending and moves them to running once the pending time has passed', async () => {
    const [id] = await launch(ec2);
    expect(await stateOf(ec2, id as string)).toBe('pending');
    clock.advance(STEP);
    expect(await stateOf(ec2, id as string)).toBe('running');
  });

  it('answers a stop of a running instance with stopping, previously running', async () => {
    const id = await runningInstance();
    const out = await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    expect(out.StoppingInstances).toEqual([
      {
        InstanceId: id,
        CurrentState: { Code: 64, Name: 'stopping' },
        PreviousState: { Code: 16, Name: 'running' },
      },
    ]);
  });

  it('moves a stopping instance to stopped once the stopping time has passed', async () => {
    const id = await runningInstance();
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    clock.advance(STEP);
    expect(await stateOf(ec2, id)).toBe('stopped');
  });

  it('finishes a forced stop sooner than a normal one', async () => {
    const id = await runningInstance();
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id], Force: true }));
    clock.advance(10);
    expect(await stateOf(ec2, id)).toBe('stopped');
  });

  it('succeeds unchanged when stopping an instance that is already stopped', async () => {
    const id = await stoppedInstance();
    const out = await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    expect(out.StoppingInstances?.[0]).toMatchObject({
      CurrentState: { Name: 'stopped' },
      PreviousState: { Name: 'stopped' },
    });
  });

  it('refuses to stop an instance that is still pending', async () => {
    const [id] = await launch(ec2);
    const error = await errorOf(() =>
      ec2.send(new StopInstancesCommand({ InstanceIds: [id as string] })),
    );
    expect(error.name).toBe('IncorrectInstanceState');
  });

  it('starts a stopped instance into pending, previously stopped', async () => {
    const id = await stoppedInstance();
    const out = await ec2.send(new StartInstancesCommand({ InstanceIds: [id] }));
    expect(out.StartingInstances?.[0]).toEqual({
      InstanceId: id,
      CurrentState: { Code: 0, Name: 'pending' },
      PreviousState: { Code: 80, Name: 'stopped' },
    });
  });

  it('succeeds unchanged when starting an instance that is already running', async () => {
    const id = await runningInstance();
    const out = await ec2.send(new StartInstancesCommand({ InstanceIds: [id] }));
    expect(out.StartingInstances?.[0]).toMatchObject({
      CurrentState: { Name: 'running' },
      PreviousState: { Name: 'running' },
    });
  });

  it('refuses to start an instance that is still stopping', async () => {
    const id = await runningInstance();
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id] }));
    const error = await errorOf(() => ec2.send(new StartInstancesCommand({ InstanceIds: [id] })));
    expect(error.name).toBe('IncorrectInstanceState');
  });

  it('fails the whole call and changes nothing when one of the ids does not exist', async () => {
    const id = await runningInstance();
    const error = await errorOf(() =>
      ec2.send(new StopInstancesCommand({ InstanceIds: [id, 'i-0000000000000dead'] })),
    );
    expect(error.name).toBe('InvalidInstanceID.NotFound');
    expect(await stateOf(ec2, id)).toBe('running');
  });

  it('fails the whole call and changes nothing when one instance refuses the action', async () => {
    const running = await runningInstance();
    const [pending] = await launch(ec2);
    const error = await errorOf(() =>
      ec2.send(new StopInstancesCommand({ InstanceIds: [running, pending as string] })),
    );
    expect(error.name).toBe('IncorrectInstanceState');
    expect(await stateOf(ec2, running)).toBe('running');
  });

  it('answers a DryRun stop with DryRunOperation and leaves the instance running', async () => {
    const id = await runningInstance();
    const error = await errorOf(() =>
      ec2.send(new StopInstancesCommand({ InstanceIds: [id], DryRun: true })),
    );
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['DryRunOperation', 412]);
    expect(await stateOf(ec2, id)).toBe('running');
  });

  it('rejects a malformed instance id with InvalidInstanceID.Malformed', async () => {
    const error = await errorOf(() =>
      ec2.send(new StartInstancesCommand({ InstanceIds: ['instance-1'] })),
    );
    expect(error.name).toBe('InvalidInstanceID.Malformed');
  });

  it('terminates a stopped instance through shutting-down', async () => {
    const id = await stoppedInstance();
    const out = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    expect(out.TerminatingInstances?.[0]).toMatchObject({
      CurrentState: { Code: 32, Name: 'shutting-down' },
      PreviousState: { Name: 'stopped' },
    });
  });

  it('succeeds unchanged when terminating an instance that is already terminated', async () => {
    const id = await runningInstance();
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    clock.advance(STEP);
    const out = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    expect(out.TerminatingInstances?.[0]).toMatchObject({
      CurrentState: { Code: 48, Name: 'terminated' },
      PreviousState: { Name: 'terminated' },
    });
  });

  it('refuses to start a terminated instance', async () => {
    const id = await runningInstance();
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    clock.advance(STEP);
    const error = await errorOf(() => ec2.send(new StartInstancesCommand({ InstanceIds: [id] })));
    expect(error.name).toBe('IncorrectInstanceState');
  });

  it('keeps a terminated instance listed for the retention time, then forgets it', async () => {
    const id = await runningInstance();
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    clock.advance(STEP + 59 * 60_000);
    expect(await stateOf(ec2, id)).toBe('terminated');
    clock.advance(60_000);
    const error = await errorOf(() => stateOf(ec2, id));
    expect(error.name).toBe('InvalidInstanceID.NotFound');
  });

  it('reboots a running instance without changing its state', async () => {
    const id = await runningInstance();
    await ec2.send(new RebootInstancesCommand({ InstanceIds: [id] }));
    expect(await stateOf(ec2, id)).toBe('running');
  });

  it('refuses to reboot a stopped instance', async () => {
    const id = await stoppedInstance();
    const error = await errorOf(() => ec2.send(new RebootInstancesCommand({ InstanceIds: [id] })));
    expect(error.name).toBe('IncorrectInstanceState');
  });

  it('refuses to hibernate an instance that was not launched with hibernation', async () => {
    const id = await runningInstance();
    const error = await errorOf(() =>
      ec2.send(new StopInstancesCommand({ InstanceIds: [id], Hibernate: true })),
    );
    expect(error.name).toBe('UnsupportedHibernationConfiguration');
  });

  it('hibernates an instance launched with hibernation, with the hibernate state reason', async () => {
    const [id] = await launch(ec2, 1, { HibernationOptions: { Configured: true } });
    clock.advance(STEP);
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id as string], Hibernate: true }));
    clock.advance(STEP);
    const out = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [id as string] }));
    expect(out.Reservations?.[0]?.Instances?.[0]?.StateReason?.Code).toBe(
      'Client.UserInitiatedHibernate',
    );
  });
});
