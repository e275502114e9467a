import {
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  waitUntilInstanceRunning,
  waitUntilInstanceStopped,
  waitUntilInstanceTerminated,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { emulatorPerSuite } from './support/harness';
import { launch } from './support/launch';

/** Outlasts a 40 ms transition: timers fire late under load, never early. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 120));

// These run on the real clock: the SDK waiters poll until the lazily computed state moves. Each
// test calls one waiter right after the action, so the waiter sees the transition under way;
// preconditions are reached by letting the short transitions pass.
describe('EC2 waiters', () => {
  let ec2: EC2Client;
  const waiter = (): {
    client: EC2Client;
    minDelay: number;
    maxDelay: number;
    maxWaitTime: number;
  } => ({
    client: ec2,
    minDelay: 1,
    maxDelay: 1,
    maxWaitTime: 10,
  });

  emulatorPerSuite({}, (started) => ({ ec2 } = started));

  it('waitUntilInstanceRunning succeeds once a launched instance is running', async () => {
    const ids = await launch(ec2, 2);
    const result = await waitUntilInstanceRunning(waiter(), { InstanceIds: ids });
    expect(result.state).toBe('SUCCESS');
  });

  it('waitUntilInstanceStopped succeeds once a stopped instance has finished stopping', async () => {
    const ids = await launch(ec2);
    await settle();
    await ec2.send(new StopInstancesCommand({ InstanceIds: ids }));
    const result = await waitUntilInstanceStopped(waiter(), { InstanceIds: ids });
    expect(result.state).toBe('SUCCESS');
  });

  it('waitUntilInstanceRunning succeeds again after a restart', async () => {
    const ids = await launch(ec2);
    await settle();
    await ec2.send(new StopInstancesCommand({ InstanceIds: ids }));
    await settle();
    await ec2.send(new StartInstancesCommand({ InstanceIds: ids }));
    const result = await waitUntilInstanceRunning(waiter(), { InstanceIds: ids });
    expect(result.state).toBe('SUCCESS');
  });

  it('waitUntilInstanceTerminated succeeds once a terminated instance has shut down', async () => {
    const ids = await launch(ec2);
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: ids }));
    const result = await waitUntilInstanceTerminated(waiter(), { InstanceIds: ids });
    expect(result.state).toBe('SUCCESS');
  });

  it('waitUntilInstanceRunning fails fast for an instance that is shutting down', async () => {
    const ids = await launch(ec2);
    await settle();
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: ids }));
    await expect(waitUntilInstanceRunning(waiter(), { InstanceIds: ids })).rejects.toThrow(
      /FAILURE/,
    );
  });
});
