import {
  CloudWatchClient,
  paginateDescribeAlarms,
  type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import type {
  ApiError,
  Instance,
  InstanceHealthPage,
  InstancePage,
  InstanceRef,
} from '@fleet/contract';
import {
  awsCallsByRegion,
  callApi,
  resetLocalAwsCounters,
  stackUrls,
  type Caller,
  jsonPost,
} from '@fleet/testing';

let fleet: Instance[] = [];

beforeAll(async () => {
  const { body } = await callApi<InstancePage>('/instances?limit=100');
  fleet = body.items;
});

const refOf = (instance: InstanceRef): InstanceRef => ({
  region: instance.region,
  id: instance.id,
});

function health(
  instances: readonly InstanceRef[] | unknown,
  caller: Caller = { as: 'admin' },
): Promise<{ status: number; body: InstanceHealthPage & ApiError }> {
  return callApi<InstanceHealthPage & ApiError>(
    '/instances/health',
    jsonPost({ instances }),
    caller,
  );
}

/** Every metric alarm of a region, read straight from the local CloudWatch. */
async function alarmsOf(region: string): Promise<MetricAlarm[]> {
  const client = new CloudWatchClient({
    endpoint: stackUrls().localAws,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const alarms: MetricAlarm[] = [];
  for await (const page of paginateDescribeAlarms({ client }, {}))
    alarms.push(...(page.MetricAlarms ?? []));
  client.destroy();
  return alarms;
}

const watches = (alarm: MetricAlarm, id: string): boolean =>
  [
    ...(alarm.Dimensions ?? []),
    ...(alarm.Metrics ?? []).flatMap((member) => member.MetricStat?.Metric?.Dimensions ?? []),
  ].some((dimension) => dimension.Name === 'InstanceId' && dimension.Value === id);

describe('POST /instances/health', () => {
  it('matches every alarm to its instance, metric-math members included, as CloudWatch holds them', async () => {
    const region = fleet[0]?.region ?? 'us-east-1';
    const mine = fleet.filter((instance) => instance.region === region);
    const alarms = await alarmsOf(region);

    const { status, body } = await health(mine.map(refOf));

    expect(status).toBe(200);
    expect(body.health.map(refOf)).toEqual(mine.map(refOf));
    for (const entry of body.health) {
      const expected = alarms.filter((alarm) => watches(alarm, entry.id));
      expect(entry.alarms.map((alarm) => alarm.name).sort()).toEqual(
        expected.map((alarm) => alarm.AlarmName).sort(),
      );
    }
    const math = alarms.find((alarm) => (alarm.Metrics ?? []).length > 0);
    const mathHolder = body.health.find((entry) =>
      entry.alarms.some((a) => a.name === math?.AlarmName),
    );
    expect(mathHolder?.alarms.find((a) => a.name === math?.AlarmName)?.state).toBe('ALARM');
  });

  it('reports a failing status check with its alarm firing, and no checks for a stopped instance', async () => {
    const { body } = await health(fleet.slice(0, 100).map(refOf));

    const impaired = body.health.filter((entry) => entry.checks?.instance === 'impaired');
    expect(impaired.length).toBeGreaterThan(0);
    for (const entry of impaired)
      expect(entry.alarms[0]).toEqual({ name: `${entry.id}-status-check-failed`, state: 'ALARM' });
    const stopped = fleet.filter((instance) => instance.state === 'stopped').map((i) => i.id);
    const stoppedEntries = body.health.filter((entry) => stopped.includes(entry.id));
    expect(stoppedEntries.length).toBeGreaterThan(0);
    for (const entry of stoppedEntries) expect(entry.checks).toBeNull();
    const running = body.health.filter((entry) =>
      fleet.some((i) => i.id === entry.id && i.state === 'running'),
    );
    for (const entry of running) expect(entry.checks).not.toBeNull();
  });

  it('costs one DescribeInstanceStatus per region and pages the alarms at most once a minute', async () => {
    const refs = fleet.slice(0, 100).map(refOf);
    const regions = [...new Set(refs.map((ref) => ref.region))];
    await health(refs);
    await resetLocalAwsCounters();

    await health(refs);
    await health(refs);

    // Two answers, each with one DescribeInstanceStatus per region; the alarms came from a warm
    // worker's cache. serverless-offline may hand one of the two calls to a second, cold worker
    // (a busy machine), which pages once: without the cache it would be twice per region.
    expect(await awsCallsByRegion('ec2', 'DescribeInstanceStatus')).toEqual(
      Object.fromEntries(regions.map((region) => [region, 2])),
    );
    const paged = await awsCallsByRegion('monitoring', 'DescribeAlarms');
    for (const region of regions) expect(paged[region] ?? 0).toBeLessThanOrEqual(1);
    expect(await awsCallsByRegion('ec2', 'DescribeInstances')).toEqual({});
  });

  it("leaves out another team's instance for a caller scoped to one team", async () => {
    const ours = fleet.find((instance) => instance.tags['Team'] === 'payments');
    const theirs = fleet.find((instance) => instance.tags['Team'] === 'search');
    if (!ours || !theirs) throw new Error('the seeded fleet lacks payments and search instances');

    const { status, body } = await health([refOf(theirs), refOf(ours)], { as: 'viewer' });

    expect(status).toBe(200);
    expect(body.health.map(refOf)).toEqual([refOf(ours)]);
  });

  it('refuses more than a list page of instances with 400', async () => {
    const refs = Array.from({ length: 101 }, (_, i) => ({
      region: 'us-east-1',
      id: `i-${i.toString(16).padStart(17, '0')}`,
    }));

    const { status, body } = await health(refs);

    expect(status).toBe(400);
    expect(body.code).toBeDefined();
    expect(body.message).toMatch(/100/);
  });

  it('refuses a region the stack does not manage with 400 UnknownRegion', async () => {
    const { status, body } = await health([{ region: 'sa-east-1', id: 'i-0123456789abcdef0' }]);

    expect(status).toBe(400);
    expect(body.code).toBe('UnknownRegion');
  });

  it('answers 401 to a caller who is not signed in', async () => {
    const { status } = await health(fleet.slice(0, 1).map(refOf), { as: null });

    expect(status).toBe(401);
  });
});
