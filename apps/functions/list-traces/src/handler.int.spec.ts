import type { ApiError, TracePage } from '@fleet/contract';
import { callApi } from '@fleet/testing';

describe('GET /traces', () => {
  it('finds the trace of a bad request by outcome and function, for an SRE', async () => {
    const bad = await callApi<ApiError>('/instances?limit=abc');
    const traceId = /Root=([^;]+)/.exec(bad.headers.get('x-amzn-trace-id') ?? '')?.[1];

    let found: TracePage['items'] = [];
    for (let attempt = 0; attempt < 20 && !found.some((item) => item.id === traceId); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const { status, body } = await callApi<TracePage>(
        '/traces?outcome=error&function=list-instances',
        {},
        { as: 'sre' },
      );
      expect(status).toBe(200);
      found = body.items;
    }

    expect(found.find((item) => item.id === traceId)).toMatchObject({
      outcome: 'error',
      status: 400,
      function: 'list-instances',
      errorCode: 'ValidationError',
    });
  });

  it.each(['operator', 'viewer'] as const)('refuses %s with 403', async (key) => {
    const { status, body } = await callApi<ApiError>('/traces', {}, { as: key });

    expect(status).toBe(403);
    expect(body.code).toBe('Forbidden');
  });

  it('answers 400 to a window longer than 24 hours', async () => {
    const { status, body } = await callApi<ApiError>(
      '/traces?from=2026-01-01T00:00:00Z&to=2026-01-03T00:00:00Z',
      {},
      { as: 'admin' },
    );

    expect(status).toBe(400);
    expect(body.code).toBe('ValidationError');
  });
});
