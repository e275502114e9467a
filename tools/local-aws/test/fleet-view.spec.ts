import { StopInstancesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import type { LocalAws } from '../src/index';
import { describeAll } from './support/fleet-queries';
import { ManualClock, emulatorPerSuite } from './support/harness';
import { launch } from './support/launch';

const STEP = 1_000;

describe('the FleetView that CloudWatch reads', () => {
  const clock = new ManualClock();
  let aws: LocalAws;
  let ec2: EC2Client;

  emulatorPerSuite(
    { now: clock.now, durations: { pendingMs: STEP, stoppingMs: STEP } },
    (started) => ({ aws, ec2 } = started),
  );

  it('lists the same instances as DescribeInstances', async () => {
    const listed = (await describeAll(ec2)).map((i) => i.InstanceId).sort();
    expect(
      aws.fleet
        .instances('us-east-1')
        .map((i) => i.instanceId)
        .sort(),
    ).toEqual(listed);
  });

  it('opens a running interval when a launched instance starts running', async () => {
    const [id] = await launch(ec2);
    clock.advance(STEP);
    expect(aws.fleet.instance('us-east-1', id as string)?.runningIntervals.at(-1)).toEqual({
      from: clock.now(),
      to: null,
    });
  });

  it('closes the running interval when the instance is stopped through the API', async () => {
    const [id] = await launch(ec2);
    clock.advance(STEP);
    const runningSince = clock.now();
    clock.advance(STEP);
    await ec2.send(new StopInstancesCommand({ InstanceIds: [id as string] }));
    expect(aws.fleet.instance('us-east-1', id as string)?.runningIntervals).toEqual([
      { from: runningSince, to: clock.now() },
    ]);
  });

  it('reports burstable types as burstable', async () => {
    const [id] = await launch(ec2, 1, { InstanceType: 't4g.small' });
    expect(aws.fleet.instance('us-east-1', id as string)?.burstable).toBe(true);
  });

  it('reports detailed monitoring requested at launch', async () => {
    const [id] = await launch(ec2, 1, { Monitoring: { Enabled: true } });
    expect(aws.fleet.instance('us-east-1', id as string)?.detailedMonitoring).toBe(true);
  });

  it('knows nothing of a region that is not configured', () => {
    expect(aws.fleet.instances('sa-east-1')).toEqual([]);
  });
});
