import { XMLParser } from 'fast-xml-parser';
import type { LocalAws } from '../../index';
import { fakeAuthorization, runningInstance, startLocalAws, wireNow } from './local-aws-fixture';

const hour = 3_600_000;
const ago = (hours: number): string => new Date(wireNow.getTime() - hours * hour).toISOString();

// Lists and maps always as arrays, values as text: the reply is checked as a client would read it.
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'member' || name === 'entry',
});

let aws: LocalAws;

beforeAll(async () => {
  aws = await startLocalAws();
});

afterAll(async () => {
  await aws.close();
});

interface XmlReply {
  readonly status: number;
  readonly contentType: string | null;
  // Parsed XML of whatever shape the action answers, read by path in each test.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly document: Record<string, any>;
}

/** A hand-built query-protocol call, as older SDKs and the AWS CLI send it, with a fake signature. */
async function query(
  params: Record<string, string | number>,
  region = 'eu-west-1',
): Promise<XmlReply> {
  const body = new URLSearchParams({
    Version: '2010-08-01',
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  });
  const response = await fetch(`${aws.url}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      authorization: fakeAuthorization(region),
    },
    body: body.toString(),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    document: parser.parse(await response.text()),
  };
}

function cpuQueryParams(
  instanceId: string,
  period: number,
  stat: string,
): Record<string, string | number> {
  return {
    'MetricDataQueries.member.1.Id': 'cpu',
    'MetricDataQueries.member.1.MetricStat.Metric.Namespace': 'AWS/EC2',
    'MetricDataQueries.member.1.MetricStat.Metric.MetricName': 'CPUUtilization',
    'MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name': 'InstanceId',
    'MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value': instanceId,
    'MetricDataQueries.member.1.MetricStat.Period': period,
    'MetricDataQueries.member.1.MetricStat.Stat': stat,
  };
}

describe('CloudWatch through the query protocol (form body, XML replies)', () => {
  it('answers GetMetricData in the 2010-08-01 namespace with ISO timestamps', async () => {
    const instance = runningInstance(aws);

    const reply = await query({
      Action: 'GetMetricData',
      StartTime: ago(1),
      EndTime: wireNow.toISOString(),
      ...cpuQueryParams(instance.instanceId, 300, 'Average'),
    });

    const response = reply.document['GetMetricDataResponse'];
    const result = response['GetMetricDataResult']['MetricDataResults']['member'][0];
    expect(reply.status).toBe(200);
    expect(response['@_xmlns']).toBe('http://monitoring.amazonaws.com/doc/2010-08-01/');
    expect(result['Id']).toBe('cpu');
    expect(result['StatusCode']).toBe('Complete');
    expect(result['Timestamps']['member'][0]).toBe(
      new Date(wireNow.getTime() - 300_000).toISOString(),
    );
    expect(result['Values']['member']).toHaveLength(12);
    expect(response['ResponseMetadata']['RequestId']).toEqual(expect.any(String));
  });

  it('answers the same numbers as the JSON protocol', async () => {
    const instance = runningInstance(aws);
    const jsonReply = await fetch(`${aws.url}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'GraniteServiceVersion20100801.GetMetricData',
        'x-amzn-query-mode': 'true',
        authorization: fakeAuthorization('eu-west-1'),
      },
      body: JSON.stringify({
        StartTime: Date.parse(ago(6)) / 1000,
        EndTime: wireNow.getTime() / 1000,
        MetricDataQueries: [
          {
            Id: 'cpu',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/EC2',
                MetricName: 'CPUUtilization',
                Dimensions: [{ Name: 'InstanceId', Value: instance.instanceId }],
              },
              Period: 3600,
              Stat: 'Maximum',
            },
          },
        ],
      }),
    }).then(
      (response) => response.json() as Promise<{ MetricDataResults: Array<{ Values: number[] }> }>,
    );

    const xmlReply = await query({
      Action: 'GetMetricData',
      StartTime: ago(6),
      EndTime: wireNow.toISOString(),
      ...cpuQueryParams(instance.instanceId, 3600, 'Maximum'),
    });

    const xmlValues =
      xmlReply.document['GetMetricDataResponse']['GetMetricDataResult']['MetricDataResults'][
        'member'
      ][0]['Values']['member'].map(Number);
    expect(xmlValues).toEqual(jsonReply.MetricDataResults[0]!.Values);
  });

  it('answers GetMetricStatistics with ExtendedStatistics as key/value entries', async () => {
    const instance = runningInstance(aws);

    const reply = await query({
      Action: 'GetMetricStatistics',
      Namespace: 'AWS/EC2',
      MetricName: 'NetworkIn',
      'Dimensions.member.1.Name': 'InstanceId',
      'Dimensions.member.1.Value': instance.instanceId,
      StartTime: ago(2),
      EndTime: wireNow.toISOString(),
      Period: 3600,
      'ExtendedStatistics.member.1': 'p99',
    });

    const result = reply.document['GetMetricStatisticsResponse']['GetMetricStatisticsResult'];
    expect(result['Label']).toBe('NetworkIn');
    expect(result['Datapoints']['member']).toHaveLength(2);
    expect(result['Datapoints']['member'][0]['Unit']).toBe('Bytes');
    expect(result['Datapoints']['member'][0]['ExtendedStatistics']['entry'][0]['key']).toBe('p99');
  });

  it('answers ListMetrics filtered by dimension', async () => {
    const instance = runningInstance(aws);

    const reply = await query({
      Action: 'ListMetrics',
      Namespace: 'AWS/EC2',
      'Dimensions.member.1.Name': 'InstanceId',
      'Dimensions.member.1.Value': instance.instanceId,
    });

    const members = reply.document['ListMetricsResponse']['ListMetricsResult']['Metrics']['member'];
    expect(members.map((metric: { MetricName: string }) => metric.MetricName)).toContain(
      'CPUUtilization',
    );
    expect(
      members.every(
        (metric: { Dimensions: { member: { Value: string }[] } }) =>
          metric.Dimensions.member[0]?.Value === instance.instanceId,
      ),
    ).toBe(true);
  });

  it('stores PutMetricData sent as a form and answers it with an empty result', async () => {
    const put = await query(
      {
        Action: 'PutMetricData',
        Namespace: 'Fleet/Cli',
        'MetricData.member.1.MetricName': 'Deploys',
        'MetricData.member.1.Value': 2,
        'MetricData.member.1.Timestamp': ago(0.5),
      },
      'ap-southeast-2',
    );

    const read = await query(
      {
        Action: 'GetMetricStatistics',
        Namespace: 'Fleet/Cli',
        MetricName: 'Deploys',
        StartTime: ago(1),
        EndTime: wireNow.toISOString(),
        Period: 3600,
        'Statistics.member.1': 'Sum',
      },
      'ap-southeast-2',
    );

    expect(put.status).toBe(200);
    expect(put.document['PutMetricDataResponse']['ResponseMetadata']['RequestId']).toEqual(
      expect.any(String),
    );
    expect(
      read.document['GetMetricStatisticsResponse']['GetMetricStatisticsResult']['Datapoints'][
        'member'
      ][0]['Sum'],
    ).toBe('2');
  });

  it('answers an error as an ErrorResponse with Type, Code, Message and RequestId', async () => {
    const instance = runningInstance(aws);

    const reply = await query({
      Action: 'GetMetricStatistics',
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      'Dimensions.member.1.Name': 'InstanceId',
      'Dimensions.member.1.Value': instance.instanceId,
      StartTime: ago(48),
      EndTime: wireNow.toISOString(),
      Period: 60,
      'Statistics.member.1': 'Average',
    });

    expect(reply.status).toBe(400);
    expect(reply.contentType).toBe('text/xml');
    expect(reply.document['ErrorResponse']['Error']).toEqual({
      Type: 'Sender',
      Code: 'InvalidParameterCombination',
      Message:
        'You have requested up to 2880 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    });
    expect(reply.document['ErrorResponse']['RequestId']).toEqual(expect.any(String));
  });

  it('answers a missing parameter with MissingParameter', async () => {
    const reply = await query({
      Action: 'PutMetricData',
      'MetricData.member.1.MetricName': 'Deploys',
      'MetricData.member.1.Value': 1,
    });

    expect(reply.document['ErrorResponse']['Error']['Code']).toBe('MissingParameter');
    expect(reply.document['ErrorResponse']['Error']['Message']).toBe(
      'The parameter Namespace is required.',
    );
  });

  it('answers an unknown action with InvalidAction', async () => {
    const reply = await query({ Action: 'DeleteAlarms' });

    expect(reply.status).toBe(400);
    expect(reply.document['ErrorResponse']['Error']['Code']).toBe('InvalidAction');
  });
});

describe('CloudWatch JSON errors on the wire', () => {
  it('carries the query error code in x-amzn-query-error and the shape in __type', async () => {
    const response = await fetch(`${aws.url}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'GraniteServiceVersion20100801.GetMetricStatistics',
        'x-amzn-query-mode': 'true',
        authorization: fakeAuthorization('eu-west-1'),
      },
      body: JSON.stringify({
        Namespace: 'AWS/EC2',
        MetricName: 'CPUUtilization',
        StartTime: 1,
        EndTime: 2,
        Period: 61,
        Statistics: ['Average'],
      }),
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-query-error')).toBe('InvalidParameterValue;Sender');
    expect(await response.json()).toEqual({
      __type: 'com.amazonaws.cloudwatch#InvalidParameterValueException',
      message: 'The parameter Period must be 1, 5, 10, 20, 30 or a multiple of 60.',
    });
  });
});
