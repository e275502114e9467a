import {
  DescribeAvailabilityZonesCommand,
  DescribeInstancesCommand,
  DescribeInstanceTypesCommand,
  DescribeRegionsCommand,
  type EC2Client,
  type _InstanceType,
} from '@aws-sdk/client-ec2';
import type { LocalAws } from '../src/index';
import { describeAll } from './support/fleet-queries';
import { ec2Client, errorOf, startLocalAws } from './support/harness';
import { launch } from './support/launch';

describe('regions, zones and instance types', () => {
  let aws: LocalAws;
  const clients: EC2Client[] = [];
  const client = (region: string): EC2Client => {
    const created = ec2Client(aws, region);
    clients.push(created);
    return created;
  };

  beforeAll(async () => {
    aws = await startLocalAws({ regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'] });
  });
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await aws.close();
  });

  it('seeds instances in every configured region', async () => {
    for (const region of aws.regions) {
      expect((await describeAll(client(region))).length).toBeGreaterThan(0);
    }
  });

  it('keeps each region separate: an instance launched in one is unknown in another', async () => {
    const [id] = await launch(client('eu-west-1'));
    const error = await errorOf(() =>
      client('us-east-1').send(new DescribeInstancesCommand({ InstanceIds: [id as string] })),
    );
    expect(error.name).toBe('InvalidInstanceID.NotFound');
  });

  it('places instances in the zones of their own region', async () => {
    const instances = await describeAll(client('ap-southeast-2'));
    expect(
      instances.every((i) => i.Placement?.AvailabilityZone?.startsWith('ap-southeast-2')),
    ).toBe(true);
  });

  it('answers a region that is not configured with AuthFailure and status 401', async () => {
    const error = await errorOf(() => client('sa-east-1').send(new DescribeInstancesCommand({})));
    expect(error.name).toBe('AuthFailure');
    expect(error.$metadata?.httpStatusCode).toBe(401);
  });

  it('lists the configured regions as enabled', async () => {
    const out = await client('us-east-1').send(new DescribeRegionsCommand({}));
    expect(out.Regions?.map((r) => r.RegionName).sort()).toEqual([
      'ap-southeast-2',
      'eu-west-1',
      'us-east-1',
    ]);
    expect(out.Regions?.[0]?.Endpoint).toMatch(/^ec2\.[a-z0-9-]+\.amazonaws\.com$/);
  });

  it('lists other regions as not opted in when AllRegions is set', async () => {
    const out = await client('us-east-1').send(new DescribeRegionsCommand({ AllRegions: true }));
    expect(out.Regions?.find((r) => r.RegionName === 'sa-east-1')?.OptInStatus).toBe(
      'not-opted-in',
    );
  });

  it('describes three available zones of the caller region', async () => {
    const out = await client('eu-west-1').send(new DescribeAvailabilityZonesCommand({}));
    expect(
      out.AvailabilityZones?.map((z) => [z.ZoneName, z.State, z.RegionName, z.ZoneId]),
    ).toEqual([
      ['eu-west-1a', 'available', 'eu-west-1', 'euw1-az1'],
      ['eu-west-1b', 'available', 'eu-west-1', 'euw1-az2'],
      ['eu-west-1c', 'available', 'eu-west-1', 'euw1-az3'],
    ]);
  });

  it('describes a burstable type with its vCPUs and memory', async () => {
    const out = await client('us-east-1').send(
      new DescribeInstanceTypesCommand({ InstanceTypes: ['t3.micro'] }),
    );
    expect(out.InstanceTypes?.[0]).toMatchObject({
      InstanceType: 't3.micro',
      BurstablePerformanceSupported: true,
      VCpuInfo: { DefaultVCpus: 2 },
      MemoryInfo: { SizeInMiB: 1024 },
    });
  });

  it('filters instance types by burstable support', async () => {
    const out = await client('us-east-1').send(
      new DescribeInstanceTypesCommand({
        Filters: [{ Name: 'burstable-performance-supported', Values: ['true'] }],
      }),
    );
    expect(out.InstanceTypes?.length).toBeGreaterThan(0);
    expect(out.InstanceTypes?.every((t) => /^t\d/.test(t.InstanceType ?? ''))).toBe(true);
  });

  it('rejects an unknown instance type with InvalidInstanceType', async () => {
    const error = await errorOf(() =>
      client('us-east-1').send(
        new DescribeInstanceTypesCommand({ InstanceTypes: ['z9.huge' as _InstanceType] }),
      ),
    );
    expect(error.name).toBe('InvalidInstanceType');
  });
});
