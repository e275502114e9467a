import {
  BatchGetTracesCommand,
  GetServiceGraphCommand,
  GetTraceSummariesCommand,
  PutTraceSegmentsCommand,
  XRayClient,
  type TraceSummary,
} from '@aws-sdk/client-xray';
import { createSocket } from 'node:dgram';
import { createLocalAws, type LocalAws } from '../../index';
import { sampleRequest } from './sample-trace';
import { sendSegments } from './send-segments';
import { udpAddressOf } from '../udp-collector';

const credentials = { accessKeyId: 'x', secretAccessKey: 'x' };

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  // UDP is fire-and-forget: a datagram is stored a moment after it is sent.
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (done(value) || attempt === 50) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the local X-Ray, through @aws-sdk/client-xray', () => {
  let aws: LocalAws;
  let xray: XRayClient;
  const now = Math.floor(Date.now() / 1000);
  const ok = sampleRequest({
    functionName: 'list-instances',
    status: 200,
    startedAt: now - 60,
    seconds: 0.25,
    annotations: { route: 'GET /instances', instanceCount: 12, outcome: 'ok' },
  });
  const throttled = sampleRequest({
    functionName: 'stop-instances',
    status: 503,
    startedAt: now - 30,
    seconds: 1.5,
    annotations: { route: 'POST /instances/stop', action: 'stop', errorCode: 'Throttled' },
    ec2Throttled: true,
  });
  const refused = sampleRequest({
    functionName: 'stop-instances',
    status: 403,
    startedAt: now - 20,
    seconds: 0.05,
    annotations: { action: 'stop', errorCode: 'Forbidden' },
  });
  const window = { StartTime: new Date((now - 3600) * 1000), EndTime: new Date((now + 60) * 1000) };

  const summaries = async (FilterExpression?: string): Promise<TraceSummary[]> =>
    (await xray.send(new GetTraceSummariesCommand({ ...window, FilterExpression })))
      .TraceSummaries ?? [];

  beforeAll(async () => {
    aws = await createLocalAws({ quiet: true, instances: 1 });
    xray = new XRayClient({ endpoint: aws.url, region: 'us-east-1', credentials });
    await sendSegments(aws.xrayDaemonAddress, [
      ...ok.documents,
      ...throttled.documents,
      ...refused.documents,
    ]);
    await eventually(summaries, (found) => found.length === 3);
  });

  afterAll(async () => {
    xray.destroy();
    await aws.close();
  });

  it('summarises each trace from its entry point: response time, HTTP status, flags, services', async () => {
    const [summary] = await summaries(`annotation.route = "GET /instances"`);

    expect(summary).toMatchObject({
      Id: ok.traceId,
      ResponseTime: 0.25,
      HasFault: false,
      HasError: false,
      HasThrottle: false,
      Http: { HttpStatus: 200, HttpMethod: 'GET' },
      EntryPoint: { Name: 'fleet-console-local/local', Type: 'AWS::ApiGateway::Stage' },
    });
    expect(summary?.StartTime).toBeInstanceOf(Date);
    expect(summary?.ServiceIds?.map((service) => `${service.Name} ${service.Type}`).sort()).toEqual(
      [
        'EC2 AWS::EC2',
        'fleet-console-local/local AWS::ApiGateway::Stage',
        'list-instances AWS::Lambda',
        'list-instances AWS::Lambda::Function',
      ],
    );
    expect(summary?.Annotations?.instanceCount?.[0]?.AnnotationValue).toEqual({ NumberValue: 12 });
  });

  it('filters by annotation, service, response time, flags and HTTP status, combined', async () => {
    const ids = async (expression: string): Promise<string[]> =>
      (await summaries(expression)).map((summary) => summary.Id as string).sort();

    expect(await ids('annotation.action = "stop"')).toEqual(
      [throttled.traceId, refused.traceId].sort(),
    );
    expect(await ids('service("list-instances")')).toEqual([ok.traceId]);
    expect(await ids('responsetime > 1')).toEqual([throttled.traceId]);
    expect(await ids('fault')).toEqual([throttled.traceId]);
    expect(await ids('error AND NOT fault')).toEqual([refused.traceId]);
    expect(await ids('throttle')).toEqual([throttled.traceId]);
    expect(await ids('http.status = 403 OR annotation.instanceCount >= 10')).toEqual(
      [ok.traceId, refused.traceId].sort(),
    );
    expect(await ids('(annotation.action = "stop") AND !(http.status = 403)')).toEqual([
      throttled.traceId,
    ]);
  });

  it('names the root causes: the throttled EC2 call as an error, the handler exception as a fault', async () => {
    const [summary] = await summaries('annotation.errorCode = "Throttled"');

    const error = summary?.ErrorRootCauses?.[0]?.Services?.find(
      (service) => service.Name === 'stop-instances',
    );
    expect(error?.EntityPath?.map((entity) => entity.Name)).toEqual([
      'stop-instances',
      '## index.handler',
      'EC2',
    ]);
    expect(error?.EntityPath?.at(-1)?.Exceptions).toEqual([
      { Name: 'RequestLimitExceeded', Message: 'Request limit exceeded.' },
    ]);
    const fault = summary?.FaultRootCauses?.[0]?.Services?.find(
      (service) => service.Name === 'stop-instances',
    );
    expect(fault?.EntityPath?.at(-1)).toMatchObject({
      Name: '## index.handler',
      Exceptions: [{ Name: 'Error', Message: 'boom' }],
    });
  });

  it('refuses a filter expression outside the supported subset with InvalidRequestException', async () => {
    await expect(summaries('annotation.action ~ "stop"')).rejects.toMatchObject({
      name: 'InvalidRequestException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('returns whole traces with independent subsegments merged into their parents, and inferred segments', async () => {
    const answer = await xray.send(
      new BatchGetTracesCommand({
        TraceIds: [throttled.traceId, '1-00000000-000000000000000000000000'],
      }),
    );

    expect(answer.UnprocessedTraceIds).toEqual(['1-00000000-000000000000000000000000']);
    const documents = (answer.Traces?.[0]?.Segments ?? []).map((segment) =>
      JSON.parse(segment.Document as string),
    );
    const fn = documents.find((document) => document.origin === 'AWS::Lambda::Function');
    expect(fn.subsegments[0].name).toBe('## index.handler');
    expect(fn.subsegments[0].subsegments[0]).toMatchObject({
      name: 'EC2',
      aws: { operation: 'DescribeInstances' },
      throttle: true,
    });
    expect(documents.find((document) => document.inferred)).toMatchObject({
      name: 'EC2',
      origin: 'AWS::EC2',
    });
  });

  it('draws the service graph with edges and per-node counts', async () => {
    const graph = await xray.send(new GetServiceGraphCommand(window));

    const node = (name: string, type: string) =>
      graph.Services?.find((service) => service.Name === name && service.Type === type);
    const gateway = node('fleet-console-local/local', 'AWS::ApiGateway::Stage');
    const stopFunction = node('stop-instances', 'AWS::Lambda::Function');
    expect(gateway?.Root).toBe(true);
    expect(gateway?.SummaryStatistics).toMatchObject({ TotalCount: 3, OkCount: 1 });
    expect(stopFunction?.Edges?.map((edge) => edge.ReferenceId)).toEqual([
      node('EC2', 'AWS::EC2')?.ReferenceId,
    ]);
    expect(node('EC2', 'AWS::EC2')?.SummaryStatistics?.ErrorStatistics).toMatchObject({
      ThrottleCount: 1,
    });
  });

  it('refuses a datagram without the daemon header and a document without a trace id, and counts both', async () => {
    const { host, port } = udpAddressOf(aws.xrayDaemonAddress);
    const socket = createSocket('udp4');
    await new Promise((resolve) => socket.send('{"name":"x"}', port, host, resolve));
    socket.close();
    await sendSegments(aws.xrayDaemonAddress, [
      '{"name":"x","id":"0123456789abcdef","start_time":1,"end_time":2}',
    ]);

    const health = await eventually(
      async () =>
        (await (await fetch(`${aws.url}/_local/health`)).json()) as {
          xray: { rejected: number; traces: number };
        },
      (answer) => answer.xray.rejected === 2,
    );
    expect(health.xray).toMatchObject({ rejected: 2, traces: 3 });
  });

  it('takes documents in batches through PutTraceSegments, lists and counts those it refuses, and keeps the rest', async () => {
    const rejected = async (): Promise<number> =>
      ((await (await fetch(`${aws.url}/_local/health`)).json()) as { xray: { rejected: number } })
        .xray.rejected;
    const rejectedBefore = await rejected();
    const uploaded = sampleRequest({
      functionName: 'reboot-instances',
      status: 200,
      startedAt: now - 10,
      seconds: 0.2,
    });

    const answer = await xray.send(
      new PutTraceSegmentsCommand({
        TraceSegmentDocuments: [
          ...uploaded.documents.map((document) => JSON.stringify(document)),
          '{"name":"x","trace_id":"1-5759e988-bd862e3fe1be46a994272793","start_time":1,"end_time":2}',
          '{"name":"x","id":"0123456789abcdef","start_time":1,"end_time":2}',
        ],
      }),
    );

    expect(answer.UnprocessedTraceSegments).toEqual([
      {
        ErrorCode: 'MissingId',
        Message: 'Invalid segment. ErrorCode: MissingId (id is not 16 hex digits)',
      },
      {
        Id: '0123456789abcdef',
        ErrorCode: 'InvalidSegment',
        Message: 'Invalid segment. ErrorCode: InvalidSegment (trace_id is not 1-<8 hex>-<24 hex>)',
      },
    ]);
    // Counted with the datagrams refused: one count of what the local X-Ray turned down.
    expect(await rejected()).toBe(rejectedBefore + 2);
    const { Traces = [] } = await xray.send(
      new BatchGetTracesCommand({ TraceIds: [uploaded.traceId] }),
    );
    const origins = (Traces[0]?.Segments ?? []).map(
      (segment) => (JSON.parse(segment.Document as string) as { origin?: string }).origin,
    );
    expect(origins).toEqual(
      expect.arrayContaining(['AWS::ApiGateway::Stage', 'AWS::Lambda', 'AWS::Lambda::Function']),
    );
  });
});
