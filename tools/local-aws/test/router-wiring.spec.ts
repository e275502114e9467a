import { CloudWatchClient, ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import type { LocalAws } from '../src/index';
import { admin, startLocalAws } from './support/harness';

describe('one port for every service', () => {
  let aws: LocalAws;
  let cloudWatch: CloudWatchClient;

  beforeAll(async () => {
    aws = await startLocalAws();
    cloudWatch = new CloudWatchClient({
      endpoint: aws.url,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    cloudWatch.destroy();
    await aws.close();
  });

  it('routes calls signed for monitoring to CloudWatch, which sees the EC2 fleet', async () => {
    const out = await cloudWatch.send(
      new ListMetricsCommand({ Namespace: 'AWS/EC2', MetricName: 'CPUUtilization' }),
    );
    const ids = new Set(
      out.Metrics?.flatMap((m) => m.Dimensions ?? [])
        .filter((d) => d.Name === 'InstanceId')
        .map((d) => d.Value),
    );
    const fleetIds = aws.fleet.instances('eu-west-1').map((i) => i.instanceId);
    expect([...ids].every((id) => fleetIds.includes(id as string))).toBe(true);
    expect(ids.size).toBeGreaterThan(0);
  });

  it('counts CloudWatch calls under the monitoring service', async () => {
    await admin(aws, 'DELETE', '/_local/counters');
    await cloudWatch.send(new ListMetricsCommand({ Namespace: 'AWS/EC2' }));
    const { json } = await admin(aws, 'GET', '/_local/counters');
    expect(json).toMatchObject({
      services: {
        monitoring: { actions: { ListMetrics: { total: 1, regions: { 'eu-west-1': 1 } } } },
      },
    });
  });

  it('throttles CloudWatch in its own words when a fault targets monitoring', async () => {
    await admin(aws, 'PUT', '/_local/faults', {
      rules: [{ service: 'monitoring', requestLimitExceeded: 1 }],
    });
    const error = await cloudWatch.send(new ListMetricsCommand({})).catch((e: Error) => e);
    await admin(aws, 'DELETE', '/_local/faults');
    expect((error as Error).name).toBe('Throttling');
  });
});
