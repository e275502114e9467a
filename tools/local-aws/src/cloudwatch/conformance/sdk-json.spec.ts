import {
  CloudWatchServiceException,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  InvalidNextToken,
  InvalidParameterCombinationException,
  ListMetricsCommand,
  MissingRequiredParameterException,
  PutMetricDataCommand,
  paginateGetMetricData,
  paginateListMetrics,
} from '@aws-sdk/client-cloudwatch';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { LocalAws } from '../../index';
import { cpuCharacterOf } from '../synthetic/profile';
import {
  cloudWatchClient,
  instanceWithPastStop,
  runningInstance,
  startLocalAws,
  wireNow,
} from './local-aws-fixture';

const hour = 3_600_000;
const ago = (hours: number): Date => new Date(wireNow.getTime() - hours * hour);

let aws: LocalAws;
let client: CloudWatchClient;

beforeAll(async () => {
  aws = await startLocalAws();
  client = cloudWatchClient(aws);
});

afterAll(async () => {
  client.destroy();
  await aws.close();
});

async function rejectionOf(promise: Promise<unknown>): Promise<CloudWatchServiceException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CloudWatchServiceException) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function cpuQuery(id: string, instanceId: string, period: number, stat = 'Average') {
  return {
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/EC2',
        MetricName: 'CPUUtilization',
        Dimensions: [{ Name: 'InstanceId', Value: instanceId }],
      },
      Period: period,
      Stat: stat,
    },
  };
}

describe('CloudWatch through the current SDK (AWS JSON 1.0)', () => {
  it('answers GetMetricData with Date timestamps five minutes apart for a basic-monitoring instance', async () => {
    const instance = runningInstance(aws, 'eu-west-1', false);

    const output = await client.send(
      new GetMetricDataCommand({
        MetricDataQueries: [cpuQuery('cpu', instance.instanceId, 300)],
        StartTime: ago(1),
        EndTime: wireNow,
      }),
    );

    const result = output.MetricDataResults![0]!;
    expect(result.StatusCode).toBe('Complete');
    expect(result.Timestamps).toHaveLength(12);
    expect(result.Timestamps![0]).toEqual(new Date(wireNow.getTime() - 5 * 60_000));
    expect(result.Values!.every((value) => value >= 0 && value <= 100)).toBe(true);
  });

  it('answers the same GetMetricData twice identically', async () => {
    const instance = runningInstance(aws);
    const command = {
      MetricDataQueries: [cpuQuery('cpu', instance.instanceId, 300)],
      StartTime: ago(24),
      EndTime: wireNow,
    };

    const first = await client.send(new GetMetricDataCommand(command));
    const second = await client.send(new GetMetricDataCommand(command));

    expect(second.MetricDataResults).toEqual(first.MetricDataResults);
  });

  it('shows no datapoints while a seeded instance was stopped, and datapoints either side', async () => {
    const instance = instanceWithPastStop(aws);
    const [before, after] = instance.runningIntervals;
    const stopped = { from: before!.to!.getTime(), to: after!.from.getTime() };
    const window = 300_000;

    const output = await client.send(
      new GetMetricDataCommand({
        MetricDataQueries: [cpuQuery('cpu', instance.instanceId, 300)],
        StartTime: new Date(stopped.from - hour),
        EndTime: new Date(stopped.to + hour),
      }),
    );

    const times = output.MetricDataResults![0]!.Timestamps!.map((t) => t.getTime());
    expect(stopped.to - stopped.from).toBeGreaterThan(2 * window);
    expect(times.filter((t) => t >= stopped.from && t + window <= stopped.to)).toEqual([]);
    expect(times.some((t) => t < stopped.from)).toBe(true);
    expect(times.some((t) => t >= stopped.to)).toBe(true);
  });

  it('walks every GetMetricData page with the SDK paginator', async () => {
    const instance = runningInstance(aws);
    const input = {
      MetricDataQueries: [cpuQuery('cpu', instance.instanceId, 300)],
      StartTime: ago(24),
      EndTime: wireNow,
    };
    const whole = await client.send(new GetMetricDataCommand(input));

    const values: number[] = [];
    for await (const page of paginateGetMetricData({ client }, { ...input, MaxDatapoints: 100 })) {
      values.push(...page.MetricDataResults![0]!.Values!);
    }

    expect(values).toEqual(whole.MetricDataResults![0]!.Values);
  });

  it('answers GetMetricStatistics with statistics, percentiles kept apart', async () => {
    const instance = runningInstance(aws);

    const output = await client.send(
      new GetMetricStatisticsCommand({
        Namespace: 'AWS/EC2',
        MetricName: 'CPUUtilization',
        Dimensions: [{ Name: 'InstanceId', Value: instance.instanceId }],
        StartTime: ago(2),
        EndTime: wireNow,
        Period: 3600,
        ExtendedStatistics: ['p90'],
      }),
    );

    expect(output.Label).toBe('CPUUtilization');
    expect(output.Datapoints).toHaveLength(2);
    expect(output.Datapoints![0]!.Timestamp).toBeInstanceOf(Date);
    expect(output.Datapoints![0]!.ExtendedStatistics!['p90']).toEqual(expect.any(Number));
    expect(output.Datapoints![0]!.Unit).toBe('Percent');
  });

  it('lists every instance metric of the region across ListMetrics pages', async () => {
    const metrics = [];
    for await (const page of paginateListMetrics(
      { client },
      { Namespace: 'AWS/EC2', Dimensions: [{ Name: 'InstanceId' }] },
    )) {
      metrics.push(...page.Metrics!);
    }

    const ids = new Set(metrics.map((metric) => metric.Dimensions![0]!.Value));
    const recent = aws.fleet
      .instances('eu-west-1')
      .filter((i) =>
        i.runningIntervals.some(
          (r) => r.to === null || r.to.getTime() > wireNow.getTime() - 14 * 24 * hour,
        ),
      );
    expect(ids).toEqual(new Set(recent.map((instance) => instance.instanceId)));
  });

  it('stores PutMetricData in the caller region and reads it back', async () => {
    const metric = {
      Namespace: 'Fleet/Console',
      MetricName: 'Refreshes',
      Dimensions: [{ Name: 'Page', Value: 'fleet' }],
    };
    await client.send(
      new PutMetricDataCommand({
        Namespace: metric.Namespace,
        MetricData: [
          {
            MetricName: metric.MetricName,
            Dimensions: metric.Dimensions,
            Value: 7,
            Timestamp: ago(0.5),
            Unit: 'Count',
          },
        ],
      }),
    );
    const elsewhere = cloudWatchClient(aws, 'us-east-1');

    const read = (c: CloudWatchClient) =>
      c.send(
        new GetMetricStatisticsCommand({
          ...metric,
          StartTime: ago(1),
          EndTime: wireNow,
          Period: 3600,
          Statistics: ['Sum'],
        }),
      );
    const here = await read(client);
    const there = await read(elsewhere);
    elsewhere.destroy();

    expect(here.Datapoints!.map((point) => point.Sum)).toEqual([7]);
    expect(there.Datapoints).toEqual([]);
  });

  it('accepts a PutMetricData batch the SDK sends gzip-compressed (over 10 KB)', async () => {
    const datums = Array.from({ length: 150 }, (_, index) => ({
      MetricName: 'Latency',
      Dimensions: [{ Name: 'service', Value: `function-with-a-long-name-${index % 15}` }],
      Values: [index, index + 1, index + 2],
      Counts: [1, 1, 1],
      Timestamp: ago(0.25),
      Unit: 'Milliseconds' as const,
    }));
    expect(JSON.stringify(datums).length).toBeGreaterThan(10_240);

    await client.send(
      new PutMetricDataCommand({ Namespace: 'Fleet/Compressed', MetricData: datums }),
    );

    const { Datapoints = [] } = await client.send(
      new GetMetricStatisticsCommand({
        Namespace: 'Fleet/Compressed',
        MetricName: 'Latency',
        Dimensions: [{ Name: 'service', Value: 'function-with-a-long-name-0' }],
        StartTime: ago(1),
        EndTime: wireNow,
        Period: 3600,
        Statistics: ['SampleCount'],
      }),
    );
    expect(Datapoints.map((point) => point.SampleCount)).toEqual([30]);
  });

  it('seeds at least one instance pegged near 100 % CPU', () => {
    const all = aws.regions.flatMap((region) => aws.fleet.instances(region));

    expect(all.some((instance) => cpuCharacterOf(instance.instanceId) === 'pegged')).toBe(true);
  });

  it('raises InvalidParameterCombinationException beyond 1,440 GetMetricStatistics datapoints', async () => {
    const instance = runningInstance(aws);

    const error = await rejectionOf(
      client.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/EC2',
          MetricName: 'CPUUtilization',
          Dimensions: [{ Name: 'InstanceId', Value: instance.instanceId }],
          StartTime: ago(48),
          EndTime: wireNow,
          Period: 60,
          Statistics: ['Average'],
        }),
      ),
    );

    expect(error).toBeInstanceOf(InvalidParameterCombinationException);
    expect(error.message).toBe(
      'You have requested up to 2880 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    );
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('exposes the query-protocol error code to SDK callers', async () => {
    const error = await rejectionOf(
      client.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/EC2',
          MetricName: 'CPUUtilization',
          StartTime: ago(2),
          EndTime: wireNow,
          Period: 60,
        }),
      ),
    );

    expect((error as unknown as { Code: string }).Code).toBe('InvalidParameterCombination');
  });

  it('raises a ValidationError beyond 500 GetMetricData queries', async () => {
    const instance = runningInstance(aws);
    const queries = Array.from({ length: 501 }, (_, n) =>
      cpuQuery(`q${n}`, instance.instanceId, 300),
    );

    const error = await rejectionOf(
      client.send(
        new GetMetricDataCommand({
          MetricDataQueries: queries,
          StartTime: ago(1),
          EndTime: wireNow,
        }),
      ),
    );

    expect((error as unknown as { Code: string }).Code).toBe('ValidationError');
    expect(error.message).toBe(
      'The collection MetricDataQueries must not have a size greater than 500.',
    );
  });

  it('raises InvalidNextToken for a token it did not issue', async () => {
    const instance = runningInstance(aws);

    const error = await rejectionOf(
      client.send(
        new GetMetricDataCommand({
          MetricDataQueries: [cpuQuery('cpu', instance.instanceId, 300)],
          StartTime: ago(1),
          EndTime: wireNow,
          NextToken: 'forged',
        }),
      ),
    );

    expect(error).toBeInstanceOf(InvalidNextToken);
  });

  it('raises MissingRequiredParameterException for a datum without a value', async () => {
    const error = await rejectionOf(
      client.send(
        new PutMetricDataCommand({
          Namespace: 'Fleet/Console',
          MetricData: [{ MetricName: 'Empty' }],
        }),
      ),
    );

    expect(error).toBeInstanceOf(MissingRequiredParameterException);
  });

  it('answers ListMetrics for a metric name with one entry per instance and aggregates', async () => {
    const output = await client.send(
      new ListMetricsCommand({
        Namespace: 'AWS/EC2',
        MetricName: 'StatusCheckFailed_System',
        RecentlyActive: 'PT3H',
      }),
    );

    expect(output.Metrics!.length).toBeGreaterThan(0);
    expect(
      output.Metrics!.every((metric) => metric.MetricName === 'StatusCheckFailed_System'),
    ).toBe(true);
  });
});
