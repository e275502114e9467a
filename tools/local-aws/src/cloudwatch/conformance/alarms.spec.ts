import {
  DescribeAlarmsCommand,
  InvalidParameterCombinationException,
  MissingRequiredParameterException,
  PutMetricAlarmCommand,
  paginateDescribeAlarms,
  type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { XMLParser } from 'fast-xml-parser';
import type { LocalAws } from '../../index';
import { createLocalAws } from '../../index';
import { cloudWatchClient, fakeAuthorization, startLocalAws } from './local-aws-fixture';

let aws: LocalAws;
let client: CloudWatchClient;

beforeAll(async () => {
  aws = await startLocalAws();
  client = cloudWatchClient(aws, 'us-east-1');
});

afterAll(async () => {
  client.destroy();
  await aws.close();
});

async function allAlarms(target: CloudWatchClient, pageSize: number): Promise<MetricAlarm[]> {
  const alarms: MetricAlarm[] = [];
  for await (const page of paginateDescribeAlarms(
    { client: target, pageSize },
    { MaxRecords: pageSize },
  ))
    alarms.push(...(page.MetricAlarms ?? []));
  return alarms;
}

const instanceIds = (alarm: MetricAlarm): string[] =>
  [
    ...(alarm.Dimensions ?? []),
    ...(alarm.Metrics ?? []).flatMap((query) => query.MetricStat?.Metric?.Dimensions ?? []),
  ]
    .filter((dimension) => dimension.Name === 'InstanceId')
    .map((dimension) => dimension.Value ?? '');

describe('CloudWatch alarms (PutMetricAlarm, DescribeAlarms) through the current SDK', () => {
  it('seeds alarms in fixed states, in name order, on seeded instances only', async () => {
    const alarms = await allAlarms(client, 100);
    const names = alarms.map((alarm) => alarm.AlarmName ?? '');
    expect(names).toEqual([...names].sort());
    const states = new Set(alarms.map((alarm) => alarm.StateValue));
    expect(states).toEqual(new Set(['OK', 'ALARM', 'INSUFFICIENT_DATA']));
    const known = new Set(aws.fleet.instances('us-east-1').map((instance) => instance.instanceId));
    for (const id of alarms.flatMap(instanceIds)) expect(known.has(id)).toBe(true);
    // Every instance failing a status check has its alarm firing.
    const impaired = aws.fleet.instances('us-east-1').filter((i) => i.impairment !== 'none');
    expect(impaired.length).toBeGreaterThan(0);
    for (const instance of impaired) {
      const alarm = alarms.find(
        (a) => a.AlarmName === `${instance.instanceId}-status-check-failed`,
      );
      expect(alarm?.StateValue).toBe('ALARM');
    }
  });

  it('names an instance only in the members of a metric-math alarm', async () => {
    const alarms = await allAlarms(client, 100);
    const math = alarms.filter((alarm) => (alarm.Metrics ?? []).length > 0);
    expect(math).toHaveLength(1);
    expect(math[0]?.Dimensions ?? []).toEqual([]);
    expect(new Set(instanceIds(math[0] as MetricAlarm)).size).toBe(1);
    expect(math[0]?.Metrics?.find((query) => query.ReturnData)?.Expression).toBe('m1 + m2');
  });

  it('pages with NextToken: small pages add up to the one big page', async () => {
    const whole = await allAlarms(client, 100);
    const paged = await allAlarms(client, 3);
    expect(paged.map((alarm) => alarm.AlarmName)).toEqual(whole.map((alarm) => alarm.AlarmName));
    expect(whole.length).toBeGreaterThan(3);
  });

  it('filters by state and name prefix, and lists no metric alarms for AlarmTypes=CompositeAlarm', async () => {
    const firing = await client.send(new DescribeAlarmsCommand({ StateValue: 'ALARM' }));
    expect(firing.MetricAlarms?.length).toBeGreaterThan(0);
    expect(firing.MetricAlarms?.every((alarm) => alarm.StateValue === 'ALARM')).toBe(true);
    const api = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'fleet-console' }));
    expect(api.MetricAlarms?.map((alarm) => alarm.AlarmName)).toEqual(['fleet-console-api-5xx']);
    const composite = await client.send(
      new DescribeAlarmsCommand({ AlarmTypes: ['CompositeAlarm'] }),
    );
    expect(composite.MetricAlarms).toEqual([]);
  });

  it('creates an alarm in INSUFFICIENT_DATA, keeps its state on update, and never evaluates it', async () => {
    const put = (threshold: number): PutMetricAlarmCommand =>
      new PutMetricAlarmCommand({
        AlarmName: 'zz-test-disk',
        Namespace: 'AWS/EC2',
        MetricName: 'DiskReadOps',
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 2,
        Threshold: threshold,
        ComparisonOperator: 'GreaterThanThreshold',
        Dimensions: [{ Name: 'InstanceId', Value: 'i-0123456789abcdef0' }],
      });
    await client.send(put(10));
    await client.send(put(20));
    const { MetricAlarms } = await client.send(
      new DescribeAlarmsCommand({ AlarmNames: ['zz-test-disk'] }),
    );
    expect(MetricAlarms).toHaveLength(1);
    expect(MetricAlarms?.[0]).toMatchObject({
      StateValue: 'INSUFFICIENT_DATA',
      Threshold: 20,
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:zz-test-disk',
    });
  });

  it('refuses what AWS refuses: no name, both a metric and members, names with a prefix', async () => {
    await expect(
      client.send(
        new PutMetricAlarmCommand({
          AlarmName: undefined as unknown as string,
          EvaluationPeriods: 1,
          ComparisonOperator: 'GreaterThanThreshold',
        }),
      ),
    ).rejects.toBeInstanceOf(MissingRequiredParameterException);
    await expect(
      client.send(
        new PutMetricAlarmCommand({
          AlarmName: 'both',
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanThreshold',
          MetricName: 'CPUUtilization',
          Namespace: 'AWS/EC2',
          Period: 60,
          Statistic: 'Average',
          Metrics: [{ Id: 'e1', Expression: '1', ReturnData: true }],
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidParameterCombinationException);
    await expect(
      client.send(new DescribeAlarmsCommand({ AlarmNames: ['a'], AlarmNamePrefix: 'a' })),
    ).rejects.toBeInstanceOf(InvalidParameterCombinationException);
  });

  it('draws the same alarms from the same seed', async () => {
    const again = await createLocalAws({
      quiet: true,
      now: () => new Date('2026-11-25T12:00:00Z'),
    });
    const other = cloudWatchClient(again, 'us-east-1');
    try {
      const strip = (alarms: MetricAlarm[]): string[] =>
        alarms.map((alarm) => `${alarm.AlarmName}:${alarm.StateValue}`);
      const mine = (await allAlarms(client, 100)).filter((a) => a.AlarmName !== 'zz-test-disk');
      expect(strip(await allAlarms(other, 100))).toEqual(strip(mine));
    } finally {
      other.destroy();
      await again.close();
    }
  });
});

describe('CloudWatch alarms over the query protocol (older SDKs, AWS CLI)', () => {
  it('answers DescribeAlarms as XML with members and a NextToken', async () => {
    const response = await fetch(`${aws.url}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        authorization: fakeAuthorization('us-east-1'),
      },
      body: new URLSearchParams({
        Action: 'DescribeAlarms',
        Version: '2010-08-01',
        MaxRecords: '2',
        StateValue: 'ALARM',
      }).toString(),
    });
    expect(response.status).toBe(200);
    const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'member' });
    const result = parser.parse(await response.text()).DescribeAlarmsResponse.DescribeAlarmsResult;
    expect(result.MetricAlarms.member).toHaveLength(2);
    expect(result.MetricAlarms.member[0].StateValue).toBe('ALARM');
    expect(typeof result.NextToken).toBe('string');
  });
});
