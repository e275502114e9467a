import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XRayClient } from '@aws-sdk/client-xray';
import { createTraceReader, type TraceReader } from './trace-reader';

// Answers as X-Ray documents them (REST-JSON, API reference "GetTraceSummaries" and
// "BatchGetTraces": timestamps in epoch seconds, documents as JSON strings), served over HTTP
// so the real SDK parses them: the read path that runs against AWS.
const TRACE_ID = '1-6b0c2e1f-3cdcb53f11db7e227e08550f';
const SUMMARIES = {
  TraceSummaries: [
    {
      Id: TRACE_ID,
      StartTime: 1795960352.09,
      Duration: 2.82,
      ResponseTime: 2.8,
      HasFault: true,
      HasError: false,
      HasThrottle: false,
      IsPartial: false,
      Http: {
        HttpURL: 'https://api.example.com/prod/instances/stop',
        HttpStatus: 503,
        HttpMethod: 'POST',
        UserAgent: 'Mozilla/5.0',
        ClientIp: '203.0.113.7',
      },
      Annotations: {
        function: [
          {
            AnnotationValue: { StringValue: 'stop-instances' },
            ServiceIds: [
              { Name: 'fleet-console-prod-stop-instances', Type: 'AWS::Lambda::Function' },
            ],
          },
        ],
        action: [{ AnnotationValue: { StringValue: 'stop' }, ServiceIds: [] }],
        user: [{ AnnotationValue: { StringValue: 'operator@example.com' }, ServiceIds: [] }],
        errorCode: [{ AnnotationValue: { StringValue: 'AuditUnavailable' }, ServiceIds: [] }],
        instanceCount: [{ AnnotationValue: { NumberValue: 1 }, ServiceIds: [] }],
      },
      Users: [],
      ServiceIds: [
        {
          Name: 'fleet-console-prod-stop-instances',
          Names: ['fleet-console-prod-stop-instances'],
          Type: 'AWS::Lambda::Function',
          AccountId: '123456789012',
        },
      ],
      EntryPoint: {
        Name: 'prod-fleet-console/prod',
        Names: ['prod-fleet-console/prod'],
        Type: 'AWS::ApiGateway::Stage',
        AccountId: '123456789012',
      },
      FaultRootCauses: [
        {
          Services: [
            {
              Name: 'DynamoDB',
              Names: ['fleet-console-prod-audit'],
              Type: 'AWS::DynamoDB::Table',
              AccountId: '123456789012',
              EntityPath: [
                { Name: 'fleet-console-prod-stop-instances' },
                {
                  Name: 'DynamoDB',
                  Exceptions: [
                    {
                      Name: 'ServiceUnavailable',
                      Message: 'The service is currently unavailable.',
                    },
                  ],
                  Remote: true,
                },
              ],
              Inferred: false,
            },
          ],
          ClientImpacting: true,
        },
      ],
      ErrorRootCauses: [],
      ResponseTimeRootCauses: [],
      Revision: 3,
      MatchedEventTime: 1795960354.9,
    },
  ],
  ApproximateTime: 1795960400,
  TracesProcessedCount: 1,
};
const SEGMENT = {
  id: '106857ca5ae347a9',
  name: 'fleet-console-prod-stop-instances',
  start_time: 1795960352.621,
  end_time: 1795960354.915,
  origin: 'AWS::Lambda::Function',
  trace_id: TRACE_ID,
  subsegments: [
    {
      id: '286e0218ce953924',
      name: '## index.handler',
      start_time: 1795960352.63,
      end_time: 1795960354.9,
      fault: true,
      annotations: { action: 'stop', errorCode: 'AuditUnavailable' },
      subsegments: [
        {
          id: '53995c3f42cd8ad8',
          name: 'DynamoDB',
          namespace: 'aws',
          start_time: 1795960352.7,
          end_time: 1795960354.8,
          fault: true,
          http: { response: { status: 503 } },
          aws: { operation: 'PutItem', region: 'us-east-1', table_name: 'audit', retries: 3 },
          cause: {
            exceptions: [
              {
                id: 'a1',
                type: 'ServiceUnavailable',
                message: 'The service is currently unavailable.',
                remote: true,
              },
            ],
          },
        },
      ],
    },
  ],
};
const TRACES = {
  Traces: [
    {
      Id: TRACE_ID,
      Duration: 2.82,
      LimitExceeded: false,
      Segments: [
        { Id: SEGMENT.id, Document: JSON.stringify(SEGMENT) },
        {
          Id: 'a0d5be3a8dbd2bc5',
          Document: JSON.stringify({
            id: 'a0d5be3a8dbd2bc5',
            name: 'DynamoDB',
            inferred: true,
            parent_id: '53995c3f42cd8ad8',
            start_time: 1795960352.7,
            end_time: 1795960354.8,
            origin: 'AWS::DynamoDB::Table',
            trace_id: TRACE_ID,
          }),
        },
      ],
    },
  ],
  UnprocessedTraceIds: [],
};

describe('the trace reader against X-Ray answers shaped as documented', () => {
  let server: Server;
  let reader: TraceReader;
  const requests: { path: string; body: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        requests.push({
          path: request.url ?? '',
          body: JSON.parse(body || '{}') as Record<string, unknown>,
        });
        const answer =
          request.url === '/TraceSummaries' ? SUMMARIES : request.url === '/Traces' ? TRACES : {};
        response.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': 'r1' });
        response.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = new XRayClient({
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    reader = createTraceReader(client);
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the window in epoch seconds with the filter, and maps a fault with its cause', async () => {
    const from = new Date('2026-11-29T12:00:00Z');
    const to = new Date('2026-11-29T13:00:00Z');

    const [item] = await reader.search({
      from,
      to,
      filter: 'annotation.action = "stop" AND fault',
      limit: 10,
    });

    expect(requests.at(-1)).toEqual({
      path: '/TraceSummaries',
      body: {
        StartTime: from.getTime() / 1000,
        EndTime: to.getTime() / 1000,
        FilterExpression: 'annotation.action = "stop" AND fault',
      },
    });
    expect(item).toEqual({
      id: TRACE_ID,
      startedAt: new Date(1795960352090).toISOString(),
      latencyMs: 2800,
      outcome: 'fault',
      method: 'POST',
      url: 'https://api.example.com/prod/instances/stop',
      status: 503,
      function: 'stop-instances',
      action: 'stop',
      user: 'operator@example.com',
      errorCode: 'AuditUnavailable',
      causes: [
        {
          service: 'DynamoDB',
          path: ['fleet-console-prod-stop-instances', 'DynamoDB'],
          type: 'ServiceUnavailable',
          message: 'The service is currently unavailable.',
        },
      ],
    });
  });

  it('reads a whole trace as a waterfall, inferred segments left out', async () => {
    const detail = await reader.read(TRACE_ID);

    expect(requests.at(-1)).toEqual({ path: '/Traces', body: { TraceIds: [TRACE_ID] } });
    expect(detail?.durationMs).toBe(2820);
    expect(detail?.spans.map((span) => [span.depth, span.name, span.outcome])).toEqual([
      [0, 'fleet-console-prod-stop-instances', 'ok'],
      [1, '## index.handler', 'fault'],
      [2, 'DynamoDB', 'fault'],
    ]);
    expect(detail?.spans[2]).toMatchObject({
      operation: 'PutItem',
      region: 'us-east-1',
      status: 503,
      startMs: 79,
      cause: { type: 'ServiceUnavailable', message: 'The service is currently unavailable.' },
    });
  });

  it('answers null for a trace X-Ray does not know', async () => {
    expect(await reader.read('1-00000000-000000000000000000000000')).toBeNull();
  });
});
