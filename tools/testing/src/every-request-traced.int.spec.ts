import { GetTraceSummariesCommand } from '@aws-sdk/client-xray';
import { API_ROUTES, type Instance } from '@fleet/contract';
import {
  callApi,
  type Caller,
  descendantsOf,
  ec2Calls,
  fleetInstances,
  freshIdTokenOf,
  jsonPost,
  localXRay,
  resetLocalAwsCounters,
  traceIdOf,
  traceSegments,
  type TraceEntity,
} from '@fleet/testing';

// Wait until the stage segment and both functions' segments, with their subsegments, are in.
const segmentsOf = (traceId: string): Promise<TraceEntity[]> =>
  traceSegments(
    traceId,
    (segments) => {
      const functions = segments.filter((segment) => segment.origin === 'AWS::Lambda::Function');
      return (
        segments.some((segment) => segment.origin === 'AWS::ApiGateway::Stage') &&
        functions.length >= 2 &&
        functions.every((segment) => (segment.subsegments ?? []).length > 0)
      );
    },
    'the stage, and the authorizer and the function with their subsegments',
  );

/**
 * The caller with a token the gateway has not seen: API Gateway (and the local stack like it)
 * caches the authorizer's answer per token, and a request it serves from that cache runs no
 * authorizer, so its trace holds no authorizer segment.
 */
async function uncached(caller: Caller): Promise<Caller> {
  if (!('as' in caller) || caller.as === null) return caller;
  return { authorization: `Bearer ${await freshIdTokenOf(caller.as)}` };
}

/**
 * Each request, the function it reaches, the AWS calls it must show, its flags, and — when the
 * function keeps what it read for a while per container — the EC2 action whose count at the
 * emulator says whether it asked this time (when not, the trace must hold no AWS call).
 */
type Case = [
  string,
  () => [string, RequestInit, Caller],
  string,
  string[],
  Partial<TraceEntity>,
  string?,
];

const UNKNOWN = 'i-00000000000000000';

// [function, path, body besides the target]: every action and edit route.
const ACTION_ROUTES: [string, string, Record<string, unknown>][] = [
  ['start-instances', '/instances/start', {}],
  ['stop-instances', '/instances/stop', {}],
  ['reboot-instances', '/instances/reboot', {}],
  ['terminate-instances', '/instances/terminate', { reason: 'trace test' }],
  ['set-instance-protection', '/instances/protection', { disableApiStop: true }],
  ['tag-instances', '/instances/tags', { set: { Owner: 'trace-test' } }],
  ['set-instance-team', '/instances/team', { team: 'search', reason: 'trace test' }],
  ['resize-instances', '/instances/resize', { instanceType: 't3.large' }],
];

const refOf = (instance: Instance): { region: string; id: string } => ({
  region: instance.region,
  id: instance.id,
});

describe('tracing on the local stack', () => {
  let instance: Instance;

  beforeAll(async () => {
    // A live one: other specs in the run terminate instances, and the actions treat those apart.
    [instance] = (await fleetInstances('state=running,stopped')) as [Instance];
  });

  const cases: Case[] = [
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
      () => [`/instances/${instance.region}/${instance.id}/metrics?range=1h`, {}, { as: 'admin' }],
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
        jsonPost({ region: instance.region, id: instance.id, reason: 'x' }),
        { as: 'viewer' },
      ],
      'stop-instances',
      ['DynamoDB'],
      { error: true },
    ],
    // A representative request for every other route: the actions and edits name an instance
    // EC2 does not know (looked up, refused, nothing changed); '' stands for any AWS call.
    ...ACTION_ROUTES.map(([functionName, path, body]): Case => [
      `${functionName} on an unknown instance`,
      () => [path, jsonPost({ region: instance.region, id: UNKNOWN, ...body }), { as: 'admin' }],
      functionName,
      ['EC2 DescribeInstances'],
      { error: true },
    ]),
    [
      'the fleet summary',
      () => ['/instances/summary', {}, { as: 'admin' }],
      'get-instance-summary',
      // Counts and tag suggestions come from the inventory table, as the list's pages do.
      ['DynamoDB'],
      {},
    ],
    [
      'the health of instances',
      () => ['/instances/health', jsonPost({ instances: [refOf(instance)] }), { as: 'admin' }],
      'get-instance-health',
      [''],
      {},
    ],
    [
      'CPU sparklines',
      () => [
        '/metrics/cpu-sparklines',
        jsonPost({ instances: [refOf(instance)] }),
        { as: 'admin' },
      ],
      'get-cpu-sparklines',
      ['CloudWatch GetMetricData'],
      {},
    ],
    [
      'the instance types',
      () => [`/instance-types?region=${instance.region}&architecture=x86_64`, {}, { as: 'admin' }],
      'list-instance-types',
      ['EC2 DescribeInstanceTypes'],
      {},
      // Kept an hour per container: earlier specs of the run may have filled that cache.
      'DescribeInstanceTypes',
    ],
    [
      'the audit verification',
      () => [
        `/audit/verify?region=${instance.region}&instance=${instance.id}`,
        { method: 'POST' },
        { as: 'admin' },
      ],
      'verify-audit',
      ['DynamoDB'],
      {},
    ],
    [
      'the unsettled attempts',
      () => ['/audit/unsettled', {}, { as: 'admin' }],
      'list-unsettled-audit',
      ['DynamoDB'],
      {},
    ],
    [
      'a reconciliation',
      () => ['/audit/reconcile?minAgeSeconds=86400', { method: 'POST' }, { as: 'admin' }],
      'reconcile-audit',
      ['DynamoDB'],
      {},
    ],
    ['a trace search', () => ['/traces', {}, { as: 'sre' }], 'list-traces', [''], {}],
    [
      'one trace',
      () => [
        `/traces/1-${Math.floor(Date.now() / 1000).toString(16)}-${'0'.repeat(24)}`,
        {},
        { as: 'sre' },
      ],
      'get-trace',
      [''],
      { error: true },
    ],
    [
      'the service health',
      () => ['/health', {}, { as: 'sre' }],
      'get-service-health',
      ['CloudWatch GetMetricData'],
      {},
    ],
  ];

  it('has a representative request for every route of the API', () => {
    expect([...new Set(cases.map((entry) => entry[2]))].sort()).toEqual(
      [...new Set(API_ROUTES.map((route) => route.operationId))].sort(),
    );
  });

  it.each(cases)(
    'traces %s once: the gateway, the authorizer, the function, a subsegment per AWS call, flags from the answer',
    // One rest parameter: a row shorter than the function's parameters would make Jest pass
    // `done` as the last one and wait for it.
    async (...[_name, request, functionName, awsCalls, flags, cachedEc2Action]: Case) => {
      const [path, init, caller] = request();
      const authorization = await uncached(caller);
      if (cachedEc2Action) await resetLocalAwsCounters();
      const answer = await callApi(path, init, authorization);
      const spared = cachedEc2Action !== undefined && (await ec2Calls(cachedEc2Action)) === 0;
      const expectedCalls = spared ? [] : awsCalls;
      const traceId = traceIdOf(answer);

      const segments = await segmentsOf(traceId);

      expect(
        segments.filter((segment) => segment.origin === 'AWS::ApiGateway::Stage'),
      ).toHaveLength(1);
      const functions = segments.filter((segment) => segment.origin === 'AWS::Lambda::Function');
      expect(
        functions.map((segment) => segment.name.replace('fleet-console-local-', '')).sort(),
      ).toEqual(['authorizer', functionName].sort());
      const handler = functions.find((segment) =>
        segment.name.endsWith(functionName),
      ) as TraceEntity;
      const entities = descendantsOf(handler);
      const calls = entities
        .filter((entity) => entity.namespace === 'aws')
        .map((entity) => `${entity.name} ${entity.aws?.operation ?? ''}`);
      for (const call of expectedCalls) {
        expect(calls.some((made) => made.startsWith(call))).toBe(true);
      }
      if (expectedCalls.length === 0) expect(calls).toEqual([]);
      const root = entities[0] as TraceEntity;
      expect(root.annotations).toMatchObject({ function: functionName, status: answer.status });
      expect(answer.status < 500).toBe(true);
      expect(Boolean(root.error)).toBe(Boolean(flags.error));
      expect(Boolean(root.error)).toBe(answer.status >= 400);
      expect(Boolean(root.fault)).toBe(false);
    },
  );

  it('finds each request by its annotations, in exactly one trace', async () => {
    const answer = await callApi<{ requestId: string }>(
      '/instances?limit=abc',
      {},
      await uncached({ as: 'admin' }),
    );
    const traceId = traceIdOf(answer);
    await segmentsOf(traceId);

    const { TraceSummaries = [] } = await localXRay().send(
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
