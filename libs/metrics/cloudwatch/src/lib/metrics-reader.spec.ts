import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { createLocalAws, type InstanceView, type LocalAws } from '@fleet/local-aws';
import {
  alignedWindow,
  ec2InstanceQuery,
  pointCount,
  type TimeWindow,
} from '@fleet/metrics-domain';
import { createMetricsReader, type MetricsReader } from './metrics-reader';

// In-process local AWS at a pinned instant: the reader crosses the real wire (SDK → HTTP →
// emulated CloudWatch), and answers are reproducible.
const NOW = new Date('2026-11-25T12:00:00Z');
const REGION = 'eu-west-1';

let aws: LocalAws;
let reader: MetricsReader;
const clients: CloudWatchClient[] = [];

beforeAll(async () => {
  aws = await createLocalAws({ quiet: true, now: () => NOW });
  reader = createMetricsReader((region) => {
    const client = new CloudWatchClient({
      endpoint: aws.url,
      region,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    clients.push(client);
    return client;
  });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await aws.close();
});

async function getMetricDataCalls(): Promise<number> {
  const counters = (await (await fetch(`${aws.url}/_local/counters`)).json()) as {
    services: Record<string, { actions: Record<string, { total: number }> }>;
  };
  return counters.services['monitoring']?.actions['GetMetricData']?.total ?? 0;
}

function instanceWith(predicate: (instance: InstanceView) => boolean): InstanceView {
  const found = aws.fleet.instances(REGION).find(predicate);
  if (!found) throw new Error('the seeded fleet has no such instance');
  return found;
}

function runningAt(instance: InstanceView, from: number, to: number): boolean {
  return instance.runningIntervals.some(
    (interval) => interval.from.getTime() <= from && (interval.to?.getTime() ?? Infinity) >= to,
  );
}

function periodStart(window: TimeWindow, i: number): number {
  return window.start + i * window.period * 1000;
}

describe('createMetricsReader', () => {
  it('shows a past stop as nulls and running periods as numbers, on a regular axis', async () => {
    const instance = instanceWith(
      (candidate) =>
        candidate.runningIntervals.length > 1 &&
        (candidate.runningIntervals[1]?.from.getTime() ?? 0) > NOW.getTime() - 13 * 86_400_000,
    );
    const restartedAt = instance.runningIntervals[1]?.from.getTime() ?? 0;
    const window = alignedWindow(restartedAt + 86_400_000, 2 * 86_400, 900);

    const [cpu = []] = await reader.read(REGION, window, [
      ec2InstanceQuery(instance.instanceId, 'CPUUtilization', 'Average'),
    ]);

    expect(cpu).toHaveLength(pointCount(window));
    cpu.forEach((value, i) => {
      const from = periodStart(window, i);
      const to = from + window.period * 1000;
      // Only periods wholly inside or wholly outside a running interval have a certain answer.
      if (runningAt(instance, from, to)) expect(value).toEqual(expect.any(Number));
      if (
        !instance.runningIntervals.some(
          (r) => r.from.getTime() < to && (r.to?.getTime() ?? Infinity) > from,
        )
      ) {
        expect(value).toBeNull();
      }
    });
    expect(cpu).toContain(null);
    expect(cpu.some((value) => value !== null)).toBe(true);
  });

  it('answers one series per query, in the order asked, each with its own values', async () => {
    const instance = instanceWith((candidate) => candidate.runningIntervals.at(-1)?.to === null);
    const window = alignedWindow(NOW.getTime(), 3 * 3600, 300);
    const queries = [
      ec2InstanceQuery(instance.instanceId, 'CPUUtilization', 'Average'),
      ec2InstanceQuery(instance.instanceId, 'StatusCheckFailed', 'Maximum'),
    ];

    const [cpu = [], status = []] = await reader.read(REGION, window, queries);

    expect(cpu.some((value) => value !== null && value > 0)).toBe(true);
    expect(
      status.filter((value) => value !== null).every((value) => value === 0 || value === 1),
    ).toBe(true);
  });

  it('follows NextToken until CloudWatch has sent every page, and merges a query cut by a page', async () => {
    const instance = instanceWith(
      (candidate) =>
        candidate.detailedMonitoring &&
        runningAt(candidate, NOW.getTime() - 3 * 86_400_000, NOW.getTime()),
    );
    // 3 days at one minute is 4,320 points; 50 copies are 216,000 datapoints: three pages of 100,800.
    const window = alignedWindow(NOW.getTime() - 600_000, 3 * 86_400, 60);
    const query = ec2InstanceQuery(instance.instanceId, 'CPUUtilization', 'Average');
    const [single] = await reader.read(REGION, window, [query]);
    const before = await getMetricDataCalls();

    const series = await reader.read(
      REGION,
      window,
      Array.from({ length: 50 }, () => query),
    );

    expect(await getMetricDataCalls()).toBe(before + 3);
    expect(series).toHaveLength(50);
    for (const points of series) expect(points).toEqual(single);
    expect(single?.every((value) => value !== null)).toBe(true);
  });

  it('answers nulls for an instance CloudWatch has never heard of', async () => {
    const window = alignedWindow(NOW.getTime(), 3600, 300);

    const [cpu] = await reader.read(REGION, window, [
      ec2InstanceQuery('i-0000000000000dead', 'CPUUtilization', 'Average'),
    ]);

    expect(cpu).toEqual(Array(12).fill(null));
  });

  it('makes no call for no queries', async () => {
    const before = await getMetricDataCalls();

    const series = await reader.read(REGION, alignedWindow(NOW.getTime(), 3600, 300), []);

    expect(series).toEqual([]);
    expect(await getMetricDataCalls()).toBe(before);
  });
});
