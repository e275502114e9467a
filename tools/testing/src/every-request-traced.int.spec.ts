import { BatchGetTracesCommand, GetTraceSummariesCommand, XRayClient } from '@aws-sdk/client-xray';
import type { Instance, InstancePage } from '@fleet/contract';
import { callApi, stackUrls, type ApiAnswer, type Caller } from '@fleet/testing';

interface Entity {
  name: string;
  origin?: string;
  namespace?: string;
  aws?: { operation?: string; region?: string };
  error?: boolean;
  fault?: boolean;
  throttle?: boolean;
  cause?: { exceptions?: { type?: string; message?: string }[] };
  annotations?: Record<string, string | number | boolean>;
  subsegments?: Entity[];
}

const xray = (): XRayClient =>
  new XRayClient({
    endpoint: stackUrls().localAws,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });

const traceIdOf = (answer: ApiAnswer): string =>
  /Root=(1-[0-9a-f]{8}-[0-9a-f]{24})/.exec(answer.headers.get('x-amzn-trace-id') ?? '')?.[1] ?? '';

const descendants = (entity: Entity): Entity[] =>
  (entity.subsegments ?? []).flatMap((child) => [child, ...descendants(child)]);

async function segmentsOf(traceId: string): Promise<Entity[]> {
  // Segments arrive over UDP a moment after the answer: wait until the function's are in.
  for (let attempt = 0; attempt < 40; attempt++) {
    const { Traces = [] } = await xray().send(new BatchGetTracesCommand({ TraceIds: [traceId] }));
    const segments = (Traces[0]?.Segments ?? []).map(
      (segment) => JSON.parse(segment.Document ?? '{}') as Entity,
    );
    const functions = segments.filter((segment) => segment.origin === 'AWS::Lambda::Function');
    if (
      functions.length >= 2 &&
      functions.every((segment) => (segment.subsegments ?? []).length > 0)
    )
      return segments;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `trace ${traceId} never held the authorizer and the function with their subsegments`,
  );
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

describe('tracing on the local stack', () => {
  let instance: Instance;

  beforeAll(async () => {
    const page = await callApi<InstancePage>('/instances?limit=5');
    instance = page.body.items[0] as Instance;
  });

  // Each request, the function it reaches, the AWS calls it must show, and its flags.
  const cases: [string, () => [string, RequestInit, Caller], string, string[], Partial<Entity>][] =
    [
      [
        'a page of the fleet',
        () => ['/instances?limit=5', {}, { as: 'admin' }],
        'list-instances',
        // The list reads the inventory table, not EC2.
        ['DynamoDB'],
        {},
      ],
      [
        'one instance',
        () => [`/instances/${instance.region}/${instance.id}`, {}, { as: 'admin' }],
        'get-instance',
        ['EC2 DescribeInstances'],
        {},
      ],
      [
        'its metrics',
        () => [
          `/instances/${instance.region}/${instance.id}/metrics?range=1h`,
          {},
          { as: 'admin' },
        ],
        'get-instance-metrics',
        ['CloudWatch GetMetricData'],
        {},
      ],
      [
        'the audit trail',
        () => ['/audit', {}, { as: 'admin' }],
        'list-audit-events',
        ['DynamoDB Query'],
        {},
      ],
      [
        'a bad request',
        () => ['/instances?limit=abc', {}, { as: 'admin' }],
        'list-instances',
        [],
        { error: true },
      ],
      [
        'a denied action',
        () => [
          '/instances/stop',
          json({ region: instance.region, id: instance.id, reason: 'x' }),
          { as: 'viewer' },
        ],
        'stop-instances',
        ['DynamoDB'],
        { error: true },
      ],
    ];

  it.each(cases)(
    'traces %s once: gateway, authorizer and %s, a subsegment per AWS call, flags from the answer',
    async (_name, request, functionName, awsCalls, flags) => {
      const answer = await callApi(...request());
      const traceId = traceIdOf(answer);

      const segments = await segmentsOf(traceId);

      expect(
        segments.filter((segment) => segment.origin === 'AWS::ApiGateway::Stage'),
      ).toHaveLength(1);
      const functions = segments.filter((segment) => segment.origin === 'AWS::Lambda::Function');
      expect(
        functions.map((segment) => segment.name.replace('fleet-console-local-', '')).sort(),
      ).toEqual(['authorizer', functionName].sort());
      const handler = functions.find((segment) => segment.name.endsWith(functionName)) as Entity;
      const entities = descendants(handler);
      const calls = entities
        .filter((entity) => entity.namespace === 'aws')
        .map((entity) => `${entity.name} ${entity.aws?.operation ?? ''}`);
      for (const call of awsCalls) expect(calls.some((made) => made.startsWith(call))).toBe(true);
      if (awsCalls.length === 0) expect(calls).toEqual([]);
      const root = entities[0] as Entity;
      expect(root.annotations).toMatchObject({ function: functionName, status: answer.status });
      expect(Boolean(root.error)).toBe(Boolean(flags.error));
      expect(Boolean(root.fault)).toBe(false);
    },
  );

  it('finds each request by its annotations, in exactly one trace', async () => {
    const answer = await callApi<{ requestId: string }>('/instances?limit=abc');
    const traceId = traceIdOf(answer);
    await segmentsOf(traceId);

    const { TraceSummaries = [] } = await xray().send(
      new GetTraceSummariesCommand({
        StartTime: new Date(Date.now() - 10 * 60_000),
        EndTime: new Date(Date.now() + 60_000),
        FilterExpression: `annotation.requestId = "${answer.body.requestId}"`,
      }),
    );

    expect(TraceSummaries.map((summary) => summary.Id)).toEqual([traceId]);
    expect(TraceSummaries[0]).toMatchObject({
      HasError: true,
      HasFault: false,
      Http: { HttpStatus: 400 },
    });
    const cause = TraceSummaries[0]?.ErrorRootCauses?.[0]?.Services?.find((service) =>
      service.Name?.endsWith('list-instances'),
    );
    expect(cause?.EntityPath?.at(-1)?.Exceptions?.[0]?.Name).toBe('ValidationError');
  });
});
