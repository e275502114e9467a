import type { ApiError, CpuSparklines, Instance, InstancePage, InstanceRef } from '@fleet/contract';
import {
  callApi,
  type Caller,
  injectFaults,
  awsCallsByRegion,
  resetLocalAwsCounters,
  jsonPost,
} from '@fleet/testing';

let fleet: Instance[] = [];

beforeAll(async () => {
  const { body } = await callApi<InstancePage>('/instances?limit=100');
  fleet = body.items;
});

function sparklines(
  instances: readonly InstanceRef[] | unknown,
  caller: Caller = { as: 'admin' },
): Promise<{ status: number; headers: Headers; body: CpuSparklines & ApiError }> {
  return callApi<CpuSparklines & ApiError>(
    '/metrics/cpu-sparklines',
    jsonPost({ instances }),
    caller,
  );
}

/** Well-formed ids no region holds: CloudWatch has no data for them. */
function unknownRefs(region: string, count: number): InstanceRef[] {
  return Array.from({ length: count }, (_, i) => ({
    region,
    id: `i-f${i.toString(16).padStart(16, '0')}`,
  }));
}

const refOf = (instance: InstanceRef): InstanceRef => ({
  region: instance.region,
  id: instance.id,
});

describe('POST /metrics/cpu-sparklines', () => {
  it('reads the whole fleet in one GetMetricData call per region, answering in the order asked', async () => {
    const refs = fleet.map(refOf).reverse();
    await resetLocalAwsCounters();

    const { status, body } = await sparklines(refs);

    expect(status).toBe(200);
    const regions = [...new Set(refs.map((ref) => ref.region))];
    expect(await awsCallsByRegion('monitoring', 'GetMetricData')).toEqual(
      Object.fromEntries(regions.map((region) => [region, 1])),
    );
    expect(body.sparklines.map(refOf)).toEqual(refs);
  });

  it('covers the last 24 hours in 96 points of 15 minutes on a shared ISO 8601 axis', async () => {
    const { body } = await sparklines(fleet.slice(0, 3).map(refOf));

    expect(body.period).toBe(900);
    expect(body.timestamps).toHaveLength(96);
    expect(body.timestamps[0]).toBe(body.start);
    expect(Date.parse(body.end) - Date.parse(body.start)).toBe(24 * 3600 * 1000);
    for (const sparkline of body.sparklines) expect(sparkline.points).toHaveLength(96);
  });

  it('reads 500 instances of one region — the most a request may name — in a single call', async () => {
    const [first] = fleet;
    if (!first) throw new Error('the seeded fleet is empty');
    const own = fleet.filter((instance) => instance.region === first.region).map(refOf);
    const refs = [...own, ...unknownRefs(first.region, 500 - own.length)];
    await resetLocalAwsCounters();

    const { status, body } = await sparklines(refs);

    expect(status).toBe(200);
    expect(await awsCallsByRegion('monitoring', 'GetMetricData')).toEqual({ [first.region]: 1 });
    expect(body.sparklines).toHaveLength(500);
    expect(body.sparklines.at(-1)?.points).toEqual(Array(96).fill(null));
  });

  it('shows a running instance with a datapoint in every period of the last 2 hours', async () => {
    // Running since before the window: other tests of the run start instances that ran a minute.
    const since = Date.now() - 3 * 60 * 60 * 1000;
    const instance = fleet.find(
      (candidate) =>
        candidate.state === 'running' && Date.parse(candidate.launchTime ?? '') < since,
    );
    if (!instance) throw new Error('the seeded fleet has no instance running for 3 hours');

    const { body } = await sparklines([refOf(instance)]);

    expect(body.sparklines[0]?.points.slice(-8)).not.toContain(null);
  });

  it('shows a stopped instance as nulls since it stopped, never zeros', async () => {
    const instance = fleet.find((candidate) => candidate.state === 'stopped');
    if (!instance) throw new Error('the seeded fleet has no stopped instance');

    const { body } = await sparklines([refOf(instance)]);

    // Seeded stopped instances stopped 2 to 48 hours ago: the last 8 quarter-hours hold nothing.
    expect(body.sparklines[0]?.points.slice(-8)).toEqual(Array(8).fill(null));
  });

  it("gives a viewer the sparklines of the viewer's team and only nulls for another team's, as for unknown ones", async () => {
    // Running for hours: other tests start and stop payments instances, and EC2 resets the
    // launch time of an instance it starts.
    const hoursAgo = Date.now() - 3 * 3_600_000;
    const ours = fleet.find(
      (instance) =>
        instance.state === 'running' &&
        instance.tags['Team'] === 'payments' &&
        Date.parse(instance.launchTime ?? '') < hoursAgo,
    );
    const theirs = fleet.find(
      (instance) => instance.state === 'running' && instance.tags['Team'] === 'search',
    );
    if (!ours || !theirs)
      throw new Error('the seeded fleet lacks running search and payments instances');
    await resetLocalAwsCounters();

    const { status, body } = await sparklines([refOf(ours), refOf(theirs)], {
      as: 'viewer',
    });

    expect(status).toBe(200);
    expect(body.sparklines[0]?.points.slice(-8)).not.toContain(null);
    expect(body.sparklines[1]?.points).toEqual(Array(96).fill(null));
    // CloudWatch knows no teams: the inventory says which instances are the viewer's, not EC2.
    expect(await awsCallsByRegion('ec2', 'DescribeInstances')).toEqual({});
    expect(await awsCallsByRegion('dynamodb', 'BatchGetItem')).not.toEqual({});
    expect(await awsCallsByRegion('monitoring', 'GetMetricData')).toEqual({ [ours.region]: 1 });
  });

  it('asks EC2 nothing for an admin, who sees the whole fleet', async () => {
    await resetLocalAwsCounters();

    await sparklines(fleet.slice(0, 5).map(refOf));

    expect(await awsCallsByRegion('ec2', 'DescribeInstances')).toEqual({});
  });

  it('answers 401 to a caller who is not signed in', async () => {
    const { status } = await sparklines(fleet.slice(0, 1).map(refOf), { as: null });

    expect(status).toBe(401);
  });

  it('answers an instance named twice once', async () => {
    const [first] = fleet;
    if (!first) throw new Error('the seeded fleet is empty');

    const { body } = await sparklines([refOf(first), refOf(first)]);

    expect(body.sparklines).toHaveLength(1);
  });

  it.each([
    ['no instances', []],
    ['501 instances', unknownRefs('us-east-1', 501)],
    ['a malformed id', [{ region: 'us-east-1', id: 'web-01' }]],
    ['no list', 'i-0123456789abcdef0'],
  ])('answers 400 ValidationError to %s', async (_what, instances) => {
    await resetLocalAwsCounters();

    const { status, body } = await sparklines(instances);

    expect(status).toBe(400);
    expect(body.code).toBe('ValidationError');
    expect(body.message).toMatch(/body\.instances/);
    expect(await awsCallsByRegion('monitoring', 'GetMetricData')).toEqual({});
  });

  it('answers 400 UnknownRegion to a region this stage does not manage', async () => {
    const { status, body } = await sparklines(unknownRefs('xx-mars-1', 1));

    expect(status).toBe(400);
    expect(body.code).toBe('UnknownRegion');
  });

  it('answers 415 to a body that is not JSON', async () => {
    const { status } = await callApi('/metrics/cpu-sparklines', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'i-0123456789abcdef0',
    });

    expect(status).toBe(415);
  });

  it('answers 503 Throttled with Retry-After when CloudWatch keeps throttling past the SDK retries', async () => {
    await injectFaults([
      { service: 'monitoring', action: 'GetMetricData', requestLimitExceeded: 1 },
    ]);

    const { status, headers, body } = await sparklines(fleet.slice(0, 5).map(refOf));

    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('2');
    expect(body.code).toBe('Throttled');
  });
});
