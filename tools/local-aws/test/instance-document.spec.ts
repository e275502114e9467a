import {
  DescribeInstancesCommand,
  Instance$,
  TerminateInstancesCommand,
  type Instance,
} from '@aws-sdk/client-ec2';
import type { LocalAws } from '../src/index';
import { ec2Client, startLocalAws } from './support/harness';

// Members of the SDK's `Instance` that EC2 itself leaves out for an on-demand Linux instance in
// a default VPC with no IPv6, no Outpost, no licence and no accelerator: absent on AWS too.
const ABSENT_ON_AWS = new Set([
  'InstanceLifecycle',
  'SpotInstanceRequestId',
  'ElasticGpuAssociations',
  'ElasticInferenceAcceleratorAssociations',
  'OutpostArn',
  'CapacityBlockId',
  'CapacityReservationId',
  'Licenses',
  'Ipv6Address',
  'TpmSupport',
  'SriovNetSupport',
  'KernelId',
  'RamdiskId',
  'Platform',
  'StateReason',
  'InstanceTopology',
  'SecondaryInterfaces',
]);

describe('instance documents', () => {
  let aws: LocalAws;
  let running: Instance;

  beforeAll(async () => {
    aws = await startLocalAws();
    const answer = await ec2Client(aws).send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: 'instance-state-name', Values: ['running'] },
          { Name: 'platform-details', Values: ['Linux/UNIX'] },
        ],
      }),
    );
    const found = answer.Reservations?.flatMap((r) => r.Instances ?? []).find(
      (instance) => instance.InstanceLifecycle === undefined,
    );
    if (!found) throw new Error('the seeded fleet has no running on-demand Linux instance');
    running = found;
  });

  afterAll(() => aws.close());

  it('carries every member of the SDK’s Instance shape that EC2 sends for such an instance', () => {
    const members = (Instance$ as unknown as [number, string, string, number, string[]])[4];

    const missing = members.filter(
      (member) => !ABSENT_ON_AWS.has(member) && running[member as keyof Instance] === undefined,
    );

    expect(members.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
    expect(running.SourceDestCheck).toBe(true);
    expect(running.PublicDnsName).toMatch(/^ec2-.*amazonaws\.com$/);
  });

  it('nests what the console’s operators look for: volume, interface, groups, profile, key', () => {
    expect(running.AmiLaunchIndex).toBe(0);
    expect(running.BlockDeviceMappings?.[0]?.Ebs?.VolumeId).toMatch(/^vol-[0-9a-f]{17}$/);
    expect(running.NetworkInterfaces?.[0]).toMatchObject({
      NetworkInterfaceId: expect.stringMatching(/^eni-/),
      PrivateIpAddress: running.PrivateIpAddress,
      Association: { PublicIp: running.PublicIpAddress },
      Attachment: { DeviceIndex: 0, Status: 'attached' },
    });
    expect(running.SecurityGroups?.map((group) => group.GroupName)).toContain('default');
    expect(running.IamInstanceProfile?.Arn).toMatch(
      /^arn:aws:iam::123456789012:instance-profile\//,
    );
    expect(running.KeyName).toBeTruthy();
  });

  it.each([
    ['key-name', (i: Instance) => i.KeyName],
    ['dns-name', (i: Instance) => i.PublicDnsName],
    ['private-dns-name', (i: Instance) => i.PrivateDnsName],
    ['launch-time', (i: Instance) => i.LaunchTime?.toISOString()],
    ['instance.group-id', (i: Instance) => i.SecurityGroups?.[0]?.GroupId],
    ['instance.group-name', (i: Instance) => i.SecurityGroups?.[0]?.GroupName],
    [
      'network-interface.network-interface-id',
      (i: Instance) => i.NetworkInterfaces?.[0]?.NetworkInterfaceId,
    ],
    ['iam-instance-profile.arn', (i: Instance) => i.IamInstanceProfile?.Arn],
    ['hibernation-options.configured', (i: Instance) => String(i.HibernationOptions?.Configured)],
  ])('filters on %s and finds the instance the value was read from', async (name, read) => {
    const value = read(running) as string;

    const answer = await ec2Client(aws).send(
      new DescribeInstancesCommand({ Filters: [{ Name: name, Values: [value] }] }),
    );

    const ids = answer.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId);
    expect(ids).toContain(running.InstanceId);
  });

  it('filters on platform and placement-group-name over what the emulator holds', async () => {
    const windows = await ec2Client(aws).send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'platform', Values: ['windows'] }] }),
    );
    const grouped = await ec2Client(aws).send(
      new DescribeInstancesCommand({
        Filters: [{ Name: 'placement-group-name', Values: ['web'] }],
      }),
    );

    const platforms = windows.Reservations?.flatMap((r) => r.Instances ?? []).map(
      (i) => i.Platform,
    );
    expect(new Set(platforms)).toEqual(new Set(platforms?.length ? ['windows'] : []));
    expect(grouped.Reservations).toEqual([]);
  });

  it('refuses a filter it does not know with InvalidParameterValue', async () => {
    await expect(
      ec2Client(aws).send(
        new DescribeInstancesCommand({ Filters: [{ Name: 'no-such-filter', Values: ['x'] }] }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' });
  });

  it('answers TerminateInstances with no id as EC2 does: InvalidParameterCombination', async () => {
    await expect(
      ec2Client(aws).send(new TerminateInstancesCommand({ InstanceIds: [] })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterCombination',
      message: 'No instances specified',
    });
  });
});
