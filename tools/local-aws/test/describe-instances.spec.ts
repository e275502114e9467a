import {
  CreateTagsCommand,
  DescribeInstancesCommand,
  paginateDescribeInstances,
  RunInstancesCommand,
  type EC2Client,
  type Instance,
} from '@aws-sdk/client-ec2';
import type { LocalAws } from '../src/index';
import { describeAll } from './support/fleet-queries';
import { errorOf, ManualClock, emulatorPerSuite } from './support/harness';

describe('DescribeInstances', () => {
  const clock = new ManualClock();
  let aws: LocalAws;
  let ec2: EC2Client;
  let all: Instance[];

  emulatorPerSuite({ instances: 90, now: clock.now }, (started) => ({ aws, ec2 } = started));
  beforeAll(async () => {
    all = await describeAll(ec2);
  });

  const ids = (instances: Instance[]): string[] => instances.map((i) => i.InstanceId as string);

  it('lists every seeded instance of the region', () => {
    expect(all.length).toBe(aws.fleet.instances('us-east-1').length);
  });

  it('puts the account id on every reservation', async () => {
    const out = await ec2.send(new DescribeInstancesCommand({}));
    expect(new Set(out.Reservations?.map((r) => r.OwnerId))).toEqual(new Set(['123456789012']));
  });

  it('describes a running instance with the fields EC2 shows for it', () => {
    const running = all.find(
      (i) => i.State?.Name === 'running' && !i.InstanceLifecycle,
    ) as Instance;
    expect(running).toEqual(
      expect.objectContaining({
        InstanceId: expect.stringMatching(/^i-[0-9a-f]{17}$/),
        ImageId: expect.stringMatching(/^ami-/),
        State: { Code: 16, Name: 'running' },
        PrivateDnsName: expect.stringMatching(/^ip-10-0-\d+-\d+\.ec2\.internal$/),
        PublicDnsName: expect.stringMatching(/^ec2-[\d-]+\.compute-1\.amazonaws\.com$/),
        InstanceType: expect.any(String),
        LaunchTime: expect.any(Date),
        Placement: expect.objectContaining({
          AvailabilityZone: expect.stringMatching(/^us-east-1[abc]$/),
        }),
        Monitoring: { State: expect.stringMatching(/^(enabled|disabled)$/) },
        PrivateIpAddress: expect.stringMatching(/^10\.0\./),
        PublicIpAddress: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/),
        Architecture: expect.stringMatching(/^(x86_64|arm64)$/),
        VpcId: expect.stringMatching(/^vpc-/),
        SubnetId: expect.stringMatching(/^subnet-/),
        PlatformDetails: expect.any(String),
        Tags: expect.arrayContaining([
          expect.objectContaining({ Key: 'Name' }),
          expect.objectContaining({ Key: 'Team' }),
        ]),
      }),
    );
  });

  it('gives stopped instances no public address and a user-initiated state reason', () => {
    const stopped = all.find((i) => i.State?.Name === 'stopped') as Instance;
    expect(stopped.PublicIpAddress).toBeUndefined();
    expect(stopped.PublicDnsName).toBe('');
    expect(stopped.StateReason).toEqual({
      Code: 'Client.UserInitiatedShutdown',
      Message: 'Client.UserInitiatedShutdown: User initiated shutdown',
    });
    expect(stopped.StateTransitionReason).toMatch(
      /^User initiated \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT\)$/,
    );
  });

  it('marks spot instances with the spot lifecycle and on-demand ones with none', () => {
    const lifecycles = new Set(all.map((i) => i.InstanceLifecycle));
    expect(lifecycles).toEqual(new Set([undefined, 'spot']));
  });

  it('filters by instance state name', async () => {
    const stopped = await describeAll(ec2, [{ Name: 'instance-state-name', Values: ['stopped'] }]);
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.every((i) => i.State?.Name === 'stopped')).toBe(true);
  });

  it('ORs the values of one filter', async () => {
    const some = await describeAll(ec2, [
      { Name: 'instance-state-name', Values: ['stopped', 'running'] },
    ]);
    expect(some.length).toBe(
      all.filter((i) => ['stopped', 'running'].includes(i.State?.Name ?? '')).length,
    );
  });

  it('ANDs different filters', async () => {
    const found = await describeAll(ec2, [
      { Name: 'tag:Team', Values: ['payments'] },
      { Name: 'instance-state-name', Values: ['running'] },
    ]);
    const expected = all.filter(
      (i) =>
        i.State?.Name === 'running' &&
        i.Tags?.some((t) => t.Key === 'Team' && t.Value === 'payments'),
    );
    expect(ids(found).sort()).toEqual(ids(expected).sort());
  });

  it('filters by instance type with a * wildcard', async () => {
    const found = await describeAll(ec2, [{ Name: 'instance-type', Values: ['t3.*'] }]);
    expect(ids(found).sort()).toEqual(
      ids(all.filter((i) => i.InstanceType?.startsWith('t3.'))).sort(),
    );
  });

  it('filters by availability zone with a ? wildcard', async () => {
    const found = await describeAll(ec2, [{ Name: 'availability-zone', Values: ['us-east-1?'] }]);
    expect(found.length).toBe(all.length);
  });

  it('filters by instance id', async () => {
    const [first, second] = ids(all);
    const found = await describeAll(ec2, [
      { Name: 'instance-id', Values: [first as string, second as string] },
    ]);
    expect(ids(found).sort()).toEqual([first, second].sort());
  });

  it('filters by tag key', async () => {
    expect((await describeAll(ec2, [{ Name: 'tag-key', Values: ['CostCenter'] }])).length).toBe(
      all.length,
    );
    expect(await describeAll(ec2, [{ Name: 'tag-key', Values: ['NoSuchKey'] }])).toEqual([]);
  });

  it('filters by tag value with a wildcard', async () => {
    const found = await describeAll(ec2, [{ Name: 'tag-value', Values: ['payments-*'] }]);
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every((i) => i.Tags?.some((t) => t.Key === 'Name' && t.Value?.startsWith('payments-'))),
    ).toBe(true);
  });

  it('rejects an unknown filter name with InvalidParameterValue', async () => {
    const error = await errorOf(() => describeAll(ec2, [{ Name: 'colour', Values: ['blue'] }]));
    expect(error.name).toBe('InvalidParameterValue');
  });

  it('walks every instance exactly once through the paginator', async () => {
    const seen: string[] = [];
    for await (const page of paginateDescribeInstances(
      { client: ec2, pageSize: 7 },
      { MaxResults: 7 },
    )) {
      for (const reservation of page.Reservations ?? [])
        seen.push(...ids(reservation.Instances ?? []));
    }
    expect(seen).toEqual(ids(all));
  });

  it('returns at most MaxResults instances with a NextToken for the rest', async () => {
    const out = await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }));
    expect(out.Reservations?.flatMap((r) => r.Instances ?? []).length).toBe(5);
    expect(out.NextToken).toEqual(expect.any(String));
  });

  it('rejects MaxResults below 5 with InvalidParameterValue', async () => {
    const error = await errorOf(() => ec2.send(new DescribeInstancesCommand({ MaxResults: 4 })));
    expect(error.name).toBe('InvalidParameterValue');
  });

  it('rejects MaxResults together with InstanceIds with InvalidParameterCombination', async () => {
    const error = await errorOf(() =>
      ec2.send(new DescribeInstancesCommand({ MaxResults: 5, InstanceIds: ids(all).slice(0, 1) })),
    );
    expect(error.name).toBe('InvalidParameterCombination');
  });

  it('rejects a malformed instance id with InvalidInstanceID.Malformed', async () => {
    const error = await errorOf(() =>
      ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-xyz'] })),
    );
    expect(error.name).toBe('InvalidInstanceID.Malformed');
  });

  it('answers an unknown instance id with InvalidInstanceID.NotFound and status 400', async () => {
    const error = await errorOf(() =>
      ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-0123456789abcdef0'] })),
    );
    expect(error.name).toBe('InvalidInstanceID.NotFound');
    expect(error.$metadata?.httpStatusCode).toBe(400);
  });

  it('rejects an invalid NextToken with InvalidPaginationToken', async () => {
    const error = await errorOf(() =>
      ec2.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: 'bogus' })),
    );
    expect(error.name).toBe('InvalidPaginationToken');
  });

  // Last: it launches an instance, which the listing tests above must not see.
  it('treats a backslash-escaped * in a filter value as a literal star', async () => {
    const [id] =
      (
        await ec2.send(
          new RunInstancesCommand({
            ImageId: 'ami-0abcdef1234567890',
            MinCount: 1,
            MaxCount: 1,
            TagSpecifications: [
              { ResourceType: 'instance', Tags: [{ Key: 'Pattern', Value: 'a*' }] },
            ],
          }),
        )
      ).Instances?.map((i) => i.InstanceId) ?? [];
    await ec2.send(
      new CreateTagsCommand({
        Resources: ids(all).slice(0, 1),
        Tags: [{ Key: 'Pattern', Value: 'ab' }],
      }),
    );
    const found = await describeAll(ec2, [{ Name: 'tag:Pattern', Values: ['a\\*'] }]);
    expect(ids(found)).toEqual([id]);
  });
});
