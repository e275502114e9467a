import type { ApiError, TraceDetail } from '@fleet/contract';
import { callApi, eventually, fleetInstances, traceIdOf } from '@fleet/testing';

describe('GET /traces/{id}', () => {
  it('answers a trace as a waterfall: gateway, authorizer, function, its AWS calls', async () => {
    const [first] = await fleetInstances('state=running,stopped');
    // get-instance reads EC2 itself (the list is served from the inventory).
    const page = await callApi(`/instances/${first?.region}/${first?.id}`);
    const traceId = traceIdOf(page);

    // The function's segment comes over UDP as it ends; the gateway's and Lambda's come in the
    // local stack's next batch upload, a moment later (as on AWS): wait for both.
    const { body: detail } = await eventually(
      () => callApi<TraceDetail>(`/traces/${traceId}`, {}, { as: 'sre' }),
      ({ status, body }) =>
        status === 200 &&
        body.spans.some((span) => span.operation === 'DescribeInstances') &&
        body.spans.some((span) => span.origin === 'AWS::ApiGateway::Stage'),
    );

    expect(detail?.spans[0]).toMatchObject({
      origin: 'AWS::ApiGateway::Stage',
      depth: 0,
      startMs: 0,
    });
    const call = detail?.spans.find((span) => span.operation === 'DescribeInstances');
    expect(call).toMatchObject({ name: 'EC2', namespace: 'aws', outcome: 'ok' });
    expect(call?.region).toEqual(expect.any(String));
    expect(detail?.spans.map((span) => span.origin)).toEqual(
      expect.arrayContaining(['AWS::Lambda', 'AWS::Lambda::Function']),
    );
  });

  it('answers 404 for an unknown trace and 400 for something that is not a trace id', async () => {
    const unknown = await callApi<ApiError>(
      '/traces/1-00000000-000000000000000000000000',
      {},
      { as: 'sre' },
    );
    const malformed = await callApi<ApiError>('/traces/not-a-trace', {}, { as: 'sre' });

    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(400);
  });
});
