import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  METRIC_RANGES,
  type ApiError,
  type Instance,
  type InstanceMetrics,
  type InstancePage,
  type MetricPoints,
} from '@fleet/contract';
import {
  awsCallsByRegion,
  callApi,
  injectFaults,
  refusalOf,
  resetLocalAwsCounters,
  stackUrls,
} from '@fleet/testing';

// The period table of docs/api.md, per range: [detailed, basic] seconds.
const PERIODS: Record<string, [number, number]> = {
  '1h': [60, 300],
  '3h': [60, 300],
  '12h': [60, 300],
  '1d': [120, 300],
  '3d': [300, 300],
  '1w': [900, 900],
  '2w': [1800, 1800],
};

let fleet: Instance[] = [];

beforeAll(async () => {
  const { body } = await callApi<InstancePage>('/instances?limit=100&sort=launchTime');
  fleet = body.items;
});

function seeded(predicate: (instance: Instance) => boolean, what: string): Instance {
  const found = fleet.find(predicate);
  if (!found) throw new Error(`the seeded fleet has no ${what}`);
  return found;
}

const running = (instance: Instance): boolean => instance.state === 'running';
/** A running instance with detailed (`enabled`) or basic (`disabled`) monitoring. */
const runningWith = (monitoring: Instance['monitoring']): Instance =>
  seeded(
    (candidate) => running(candidate) && candidate.monitoring === monitoring,
    `running instance with monitoring ${monitoring}`,
  );
const burstable = (instance: Instance): boolean => /^t(2|3|3a|4g)\./.test(instance.type);

async function metricsOf(instance: Instance, range = '1h'): Promise<InstanceMetrics> {
  const { status, body } = await callApi<InstanceMetrics>(
    `/instances/${instance.region}/${instance.id}/metrics?range=${range}`,
  );
  expect(status).toBe(200);
  return body;
}

/** Nulls with a datapoint on each side: a stop in the middle of the range. */
function hasInteriorGap(points: MetricPoints): boolean {
  const first = points.findIndex((value) => value !== null);
  const last = points.findLastIndex((value) => value !== null);
  return first >= 0 && points.slice(first, last + 1).includes(null);
}

describe('GET /instances/{region}/{id}/metrics', () => {
  it('reads every series of a burstable instance in exactly one GetMetricData call', async () => {
    const instance = seeded(
      (candidate) => running(candidate) && burstable(candidate),
      'running burstable instance',
    );
    await resetLocalAwsCounters();

    const metrics = await metricsOf(instance, '1d');

    expect(await awsCallsByRegion('monitoring', 'GetMetricData')).toEqual({ [instance.region]: 1 });
    expect(metrics.burstable).toBe(true);
    expect(Object.keys(metrics.series).sort()).toEqual(
      [
        'cpu',
        'networkIn',
        'networkOut',
        'networkPacketsIn',
        'networkPacketsOut',
        'ebsReadOps',
        'ebsWriteOps',
        'ebsReadBytes',
        'ebsWriteBytes',
        'statusCheckFailed',
        'statusCheckFailedInstance',
        'statusCheckFailedSystem',
        'cpuCreditUsage',
        'cpuCreditBalance',
      ].sort(),
    );
    for (const series of Object.values(metrics.series))
      expect(series.points).toHaveLength(metrics.timestamps.length);
  });

  it('leaves the credit series out for a type that earns no credits', async () => {
    const instance = seeded(
      (candidate) => running(candidate) && !burstable(candidate),
      'running non-burstable instance',
    );

    const metrics = await metricsOf(instance);

    expect(metrics.burstable).toBe(false);
    expect(metrics.series.cpuCreditBalance).toBeUndefined();
    expect(metrics.series.cpuCreditUsage).toBeUndefined();
  });

  it.each(METRIC_RANGES)(
    'answers range %s at the documented period, on a regular ISO 8601 axis, in one call',
    async (range) => {
      const instance = runningWith('disabled');
      await resetLocalAwsCounters();

      const metrics = await metricsOf(instance, range);

      expect(await awsCallsByRegion('monitoring', 'GetMetricData')).toEqual({
        [instance.region]: 1,
      });
      expect(metrics.period).toBe(PERIODS[range]?.[1]);
      expect(metrics.timestamps[0]).toBe(metrics.start);
      const times = metrics.timestamps.map((timestamp) => Date.parse(timestamp));
      times.forEach((time, i) =>
        expect(time).toBe(Date.parse(metrics.start) + i * metrics.period * 1000),
      );
      expect(Date.parse(metrics.end)).toBe((times.at(-1) ?? 0) + metrics.period * 1000);
      expect(metrics.timestamps.length).toBeLessThanOrEqual(1000);
    },
  );

  it.each([
    ['1-minute', 'detailed', 'enabled', 60, 60],
    ['5-minute', 'basic', 'disabled', 300, 12],
  ] as const)(
    'uses %s periods for %s monitoring, with a datapoint in every period while it runs',
    async (_, kind, monitoring, period, points) => {
      const metrics = await metricsOf(runningWith(monitoring), '1h');

      expect(metrics).toMatchObject({ monitoring: kind, period });
      expect(metrics.series.cpu.points).toHaveLength(points);
      expect(metrics.series.cpu.points).not.toContain(null);
    },
  );

  it("turns totals into per-second rates: bytes/s × period is CloudWatch's Sum, to four digits", async () => {
    const instance = runningWith('disabled');
    const metrics = await metricsOf(instance, '1h');
    const cloudWatch = new CloudWatchClient({
      endpoint: stackUrls().localAws,
      region: instance.region,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });

    const output = await cloudWatch.send(
      new GetMetricDataCommand({
        StartTime: new Date(metrics.start),
        EndTime: new Date(metrics.end),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [
          {
            Id: 'sum',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/EC2',
                MetricName: 'NetworkIn',
                Dimensions: [{ Name: 'InstanceId', Value: instance.id }],
              },
              Period: metrics.period,
              Stat: 'Sum',
            },
          },
        ],
      }),
    );
    cloudWatch.destroy();

    expect(metrics.series.networkIn.unit).toBe('Bytes/Second');
    const sums = output.MetricDataResults?.[0]?.Values ?? [];
    expect(sums.length).toBeGreaterThan(0);
    expect(metrics.series.networkIn.points).toHaveLength(sums.length);
    metrics.series.networkIn.points.forEach((rate, i) => {
      const sum = sums[i] ?? NaN;
      // Points keep four significant digits: within 0.05 % of CloudWatch's value.
      expect(Math.abs((rate ?? NaN) * metrics.period - sum)).toBeLessThanOrEqual(sum * 5e-4);
    });
  });

  it('shows a stopped instance as nulls since it stopped, never zeros', async () => {
    const instance = seeded((candidate) => candidate.state === 'stopped', 'stopped instance');

    const metrics = await metricsOf(instance, '12h');

    // Seeded stopped instances stopped 2 to 48 hours ago: the last 2 hours at least hold nothing.
    const lastTwoHours = metrics.series.cpu.points.slice(-24);
    expect(lastTwoHours).toEqual(Array(24).fill(null));
    expect(metrics.series.networkIn.points.slice(-24)).toEqual(Array(24).fill(null));
  });

  it('shows a past stop of a running instance as a gap inside the range', async () => {
    let gapFound: Instance | undefined;
    for (const instance of fleet.filter(running)) {
      const metrics = await metricsOf(instance, '2w');
      if (hasInteriorGap(metrics.series.cpu.points)) {
        gapFound = instance;
        expect(metrics.series.cpu.points.filter((value) => value === 0)).toEqual([]);
        break;
      }
    }

    expect(gapFound).toBeDefined();
  });

  it('answers 404 InstanceNotFound for a well-formed id the region does not hold, asking CloudWatch nothing', async () => {
    await resetLocalAwsCounters();

    const { status, body } = await callApi<ApiError>(
      '/instances/us-east-1/i-0000000000000dead/metrics',
    );

    expect(status).toBe(404);
    expect(body.code).toBe('InstanceNotFound');
    expect(await awsCallsByRegion('monitoring', 'GetMetricData')).toEqual({});
  });

  it("lets a viewer read the metrics of an instance of the viewer's team", async () => {
    const instance = seeded(
      (candidate) => running(candidate) && candidate.tags['Team'] === 'payments',
      'payments instance',
    );

    const { status, body } = await callApi<InstanceMetrics>(
      `/instances/${instance.region}/${instance.id}/metrics`,
      {},
      { as: 'viewer' },
    );

    expect(status).toBe(200);
    expect(body.series.cpu.points.length).toBeGreaterThan(0);
  });

  it("answers 404 to a viewer for another team's instance, as if it did not exist, asking CloudWatch nothing", async () => {
    const instance = seeded((candidate) => candidate.tags['Team'] === 'search', 'search instance');
    await resetLocalAwsCounters();

    const { status, body } = await callApi<ApiError>(
      `/instances/${instance.region}/${instance.id}/metrics`,
      {},
      { as: 'viewer' },
    );

    expect(status).toBe(404);
    expect(body.code).toBe('InstanceNotFound');
    expect(await awsCallsByRegion('monitoring', 'GetMetricData')).toEqual({});
  });

  it('answers 401 to a caller who is not signed in', async () => {
    const instance = seeded(running, 'running instance');

    const { status } = await callApi(
      `/instances/${instance.region}/${instance.id}/metrics`,
      {},
      { as: null },
    );

    expect(status).toBe(401);
  });

  it('answers 404 for an instance asked for in another region than its own', async () => {
    const instance = seeded(running, 'running instance');
    const other = stackUrls().regions.find((region) => region !== instance.region);

    const { status } = await callApi(`/instances/${other}/${instance.id}/metrics`);

    expect(status).toBe(404);
  });

  it.each([
    ['?range=5m', 'ValidationError', /query\.range/],
    ['?range=', 'ValidationError', /query\.range/],
  ])('answers 400 to range %s, naming the field', async (query, code, message) => {
    const instance = seeded(running, 'running instance');

    const { status, body } = await callApi<ApiError>(
      `/instances/${instance.region}/${instance.id}/metrics${query}`,
    );

    expect(status).toBe(400);
    expect(body.code).toBe(code);
    expect(body.message).toMatch(message);
  });

  it.each([
    ['/instances/us-east-1/not-an-id/metrics', 'ValidationError'],
    ['/instances/xx-mars-1/i-0123456789abcdef0/metrics', 'UnknownRegion'],
  ])('answers 400 to %s', async (path, code) => {
    expect(await refusalOf(path)).toEqual({ status: 400, code });
  });

  it('answers 503 Throttled with Retry-After when CloudWatch keeps throttling past the SDK retries', async () => {
    const instance = seeded(running, 'running instance');
    await injectFaults([
      { service: 'monitoring', action: 'GetMetricData', requestLimitExceeded: 1 },
    ]);

    const { status, headers, body } = await callApi<ApiError>(
      `/instances/${instance.region}/${instance.id}/metrics`,
    );

    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('2');
    expect(body.code).toBe('Throttled');
    expect(JSON.stringify(body)).not.toMatch(/Rate exceeded|stack/);
  });
});
