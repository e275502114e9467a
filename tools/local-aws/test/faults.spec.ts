import {
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  RunInstancesCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import type { LocalAws } from '../src/index';
import { admin, ec2Client, errorOf, ManualClock, emulatorPerSuite } from './support/harness';

describe('fault injection and throttling', () => {
  const clock = new ManualClock();
  let aws: LocalAws;
  let ec2: EC2Client;

  emulatorPerSuite({ now: clock.now }, (started) => ({ aws, ec2 } = started));
  afterEach(async () => {
    await admin(aws, 'DELETE', '/_local/faults');
  });

  const describe1 = (client: EC2Client = ec2): Promise<unknown> =>
    client.send(new DescribeInstancesCommand({ MaxResults: 5 }));

  it('injects nothing by default', async () => {
    await expect(describe1()).resolves.toBeDefined();
  });

  it('answers RequestLimitExceeded with status 503 when its probability is 1', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ service: 'ec2', action: 'DescribeInstances', requestLimitExceeded: 1 }],
    });
    const error = await errorOf(() => describe1());
    expect(error.name).toBe('RequestLimitExceeded');
    expect(error.$metadata?.httpStatusCode).toBe(503);
  });

  it('lets the SDK retry an injected throttle and still surface RequestLimitExceeded', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ action: 'DescribeInstances', requestLimitExceeded: 1 }],
    });
    const retrying = ec2Client(aws, 'us-east-1', { maxAttempts: 2, retryMode: 'standard' });
    await admin(aws, 'DELETE', '/_local/counters');
    const error = await errorOf(() => describe1(retrying));
    retrying.destroy();
    const counters = (await admin(aws, 'GET', '/_local/counters')).json as { total: number };
    expect([error.name, counters.total]).toEqual(['RequestLimitExceeded', 2]);
  });

  it('answers InternalError with status 500 when its probability is 1', async () => {
    await admin(aws, 'PUT', '/_local/faults', { rules: [{ internalError: 1 }] });
    const error = await errorOf(() => describe1());
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['InternalError', 500]);
  });

  it('answers Unavailable with status 503 when its probability is 1', async () => {
    await admin(aws, 'PUT', '/_local/faults', { rules: [{ unavailable: 1 }] });
    const error = await errorOf(() => describe1());
    expect([error.name, error.$metadata?.httpStatusCode]).toEqual(['Unavailable', 503]);
  });

  it('limits a rule to its region', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ region: 'eu-west-1', internalError: 1 }],
    });
    const elsewhere = ec2Client(aws, 'ap-southeast-2');
    await expect(describe1(elsewhere)).resolves.toBeDefined();
    elsewhere.destroy();
  });

  it('limits a rule to its action', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ action: 'DescribeInstances', internalError: 1 }],
    });
    await expect(ec2.send(new DescribeRegionsCommand({}))).resolves.toBeDefined();
  });

  it('fails the same calls on two runs with the same seed', async () => {
    const outcomes = async (): Promise<string[]> => {
      await admin(aws, 'PUT', '/_local/faults', { seed: 7, rules: [{ internalError: 0.5 }] });
      const results: string[] = [];
      for (let i = 0; i < 12; i++)
        results.push(
          await describe1().then(
            () => 'ok',
            (e: Error) => e.name,
          ),
        );
      return results;
    };
    const first = await outcomes();
    expect(await outcomes()).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['ok', 'InternalError']));
  });

  it('fires a rule with `times` that many times, then lets every call through', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ action: 'DescribeInstances', internalError: 1, times: 2 }],
    });
    const once = ec2Client(aws, 'us-east-1', { maxAttempts: 1 });
    const results: string[] = [];
    for (let i = 0; i < 4; i++)
      results.push(
        await describe1(once).then(
          () => 'ok',
          (e: Error) => e.name,
        ),
      );
    once.destroy();
    expect(results).toEqual(['InternalError', 'InternalError', 'ok', 'ok']);
  });

  it('reads back the active configuration', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ action: 'StopInstances', latencyMs: 5 }],
    });
    const { json } = await admin(aws, 'GET', '/_local/faults');
    expect(json).toMatchObject({ rules: [{ action: 'StopInstances', latencyMs: 5 }] });
  });

  it('still answers a call delayed by injected latency', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ action: 'DescribeInstances', latencyMs: 20 }],
    });
    await expect(describe1()).resolves.toBeDefined();
  });

  it('rejects an invalid configuration with 400 and keeps the previous one', async () => {
    await admin(aws, 'PUT', '/_local/faults', { rules: [{ internalError: 1 }] });
    const answer = await admin(aws, 'PUT', '/_local/faults', { rules: [{ internalError: 2 }] });
    expect(answer.status).toBe(400);
    expect((await admin(aws, 'GET', '/_local/faults')).json).toMatchObject({
      rules: [{ internalError: 1 }],
    });
  });

  it('throttles unfiltered DescribeInstances after the 50 tokens of its AWS bucket', async () => {
    await admin(aws, 'PUT', '/_local/faults', { throttling: { enabled: true } });
    const results: string[] = [];
    for (let i = 0; i < 51; i++)
      results.push(
        await ec2.send(new DescribeInstancesCommand({})).then(
          () => 'ok',
          (e: Error) => e.name,
        ),
      );
    expect(results.slice(0, 50).every((r) => r === 'ok')).toBe(true);
    expect(results[50]).toBe('RequestLimitExceeded');
  });

  it('refills the bucket over time', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      throttling: {
        enabled: true,
        buckets: { DescribeInstances: { capacity: 1, refillPerSecond: 1 } },
      },
    });
    await describe1();
    const throttled = await errorOf(() => describe1());
    clock.advance(1_000);
    expect(throttled.name).toBe('RequestLimitExceeded');
    await expect(describe1()).resolves.toBeDefined();
  });

  it('uses the larger bucket for filtered DescribeInstances', async () => {
    await admin(aws, 'PUT', '/_local/faults', { throttling: { enabled: true } });
    const results: string[] = [];
    for (let i = 0; i < 60; i++)
      results.push(
        await describe1().then(
          () => 'ok',
          (e: Error) => e.name,
        ),
      );
    expect(results.every((r) => r === 'ok')).toBe(true);
  });

  it('throttles RunInstances after the 5 tokens of its request bucket', async () => {
    await admin(aws, 'PUT', '/_local/faults', { throttling: { enabled: true } });
    const run = (): Promise<string> =>
      ec2
        .send(
          new RunInstancesCommand({ ImageId: 'ami-0abcdef1234567890', MinCount: 1, MaxCount: 1 }),
        )
        .then(
          () => 'ok',
          (e: Error) => e.name,
        );
    const results: string[] = [];
    for (let i = 0; i < 6; i++) results.push(await run());
    expect(results).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'RequestLimitExceeded']);
  });

  it('throttles RunInstances once its resource bucket of 1,000 instances is spent', async () => {
    await admin(aws, 'PUT', '/_local/faults', { throttling: { enabled: true } });
    const run = (count: number): Promise<string> =>
      ec2
        .send(
          new RunInstancesCommand({
            ImageId: 'ami-0abcdef1234567890',
            MinCount: count,
            MaxCount: count,
          }),
        )
        .then(
          () => 'ok',
          (e: Error) => e.name,
        );
    expect([await run(600), await run(600), await run(400)]).toEqual([
      'ok',
      'RequestLimitExceeded',
      'ok',
    ]);
  });
});
