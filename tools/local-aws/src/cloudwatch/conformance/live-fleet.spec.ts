import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { EC2Client, StartInstancesCommand, StopInstancesCommand } from '@aws-sdk/client-ec2';
import type { LocalAws } from '../../index';
import { createLocalAws } from '../../index';
import { cloudWatchClient, wireNow } from './local-aws-fixture';

const minute = 60_000;

/** A clock the test moves by hand, shared by EC2 and CloudWatch. */
let nowMs = wireNow.getTime();
let aws: LocalAws;
let ec2: EC2Client;

beforeAll(async () => {
  aws = await createLocalAws({
    quiet: true,
    regions: ['eu-west-1'],
    instances: 6,
    now: () => new Date(nowMs),
    durations: { pendingMs: 0, stoppingMs: 0, forcedStoppingMs: 0 },
  });
  ec2 = new EC2Client({
    endpoint: aws.url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  ec2.destroy();
  await aws.close();
});

describe('CloudWatch following live EC2 changes', () => {
  it('stops publishing when an instance is stopped through EC2 and resumes when it is started', async () => {
    const instance = aws.fleet
      .instances('eu-west-1')
      .find((candidate) => candidate.runningIntervals.at(-1)?.to === null);
    if (!instance) throw new Error('the seed has no running instance');
    const cloudWatch = cloudWatchClient(aws);
    const stoppedAt = nowMs;

    await ec2.send(new StopInstancesCommand({ InstanceIds: [instance.instanceId] }));
    nowMs += 60 * minute;
    await ec2.send(new StartInstancesCommand({ InstanceIds: [instance.instanceId] }));
    const startedAt = nowMs;
    nowMs += 30 * minute;
    const output = await cloudWatch.send(
      new GetMetricDataCommand({
        MetricDataQueries: [
          {
            Id: 'cpu',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/EC2',
                MetricName: 'CPUUtilization',
                Dimensions: [{ Name: 'InstanceId', Value: instance.instanceId }],
              },
              Period: 300,
              Stat: 'Average',
            },
          },
        ],
        StartTime: new Date(stoppedAt - 30 * minute),
        EndTime: new Date(nowMs),
        ScanBy: 'TimestampAscending',
      }),
    );
    cloudWatch.destroy();

    const times = (output.MetricDataResults?.[0]?.Timestamps ?? []).map((t) => t.getTime());
    expect(times.filter((t) => t < stoppedAt)).toHaveLength(6);
    expect(times.filter((t) => t >= stoppedAt && t < startedAt)).toEqual([]);
    expect(times.filter((t) => t >= startedAt).length).toBeGreaterThan(0);
  });
});
