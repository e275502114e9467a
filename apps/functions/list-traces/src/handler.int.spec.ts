import type { ApiError, TraceDetail, TracePage } from '@fleet/contract';
import {
  callApi,
  eventually,
  invokeFunction,
  scheduledEvent,
  stackUrls,
  traceIdOf,
} from '@fleet/testing';

describe('GET /traces', () => {
  it('finds the trace of a bad request by outcome and function, for an SRE', async () => {
    const bad = await callApi<ApiError>('/instances?limit=abc');
    const traceId = traceIdOf(bad);

    const { status, body } = await eventually(
      () => callApi<TracePage>('/traces?outcome=error&function=list-instances', {}, { as: 'sre' }),
      (answer) => answer.body.items.some((item) => item.id === traceId),
    );

    expect(status).toBe(200);
    expect(body.items.find((item) => item.id === traceId)).toMatchObject({
      outcome: 'error',
      status: 400,
      function: 'list-instances',
      errorCode: 'ValidationError',
    });
  });

  it.each(['sync-inventory', 'anchor-audit'])(
    'finds a scheduled run of %s by its function, its trace saying what started it',
    async (fn) => {
      const since = Date.now() - 1_000;
      await invokeFunction(fn, scheduledEvent('us-east-1'));

      const newest = await eventually(
        () =>
          callApi<TracePage>(`/traces?function=${fn}`, {}, { as: 'sre' }).then(({ body }) =>
            body.items.find((item) => Date.parse(item.startedAt) >= since),
          ),
        (found) => found !== undefined,
      );
      const { body: trace } = await callApi<TraceDetail>(
        `/traces/${newest?.id}`,
        {},
        { as: 'sre' },
      );

      expect(newest).toMatchObject({ function: fn, outcome: 'ok' });
      expect(trace.spans.find((span) => span.annotations['function'] === fn)).toMatchObject({
        annotations: expect.objectContaining({ trigger: 'schedule' }),
      });
    },
  );

  it('leaves CORS preflights out of a search unless they are asked for', async () => {
    const from = new Date(Date.now() - 1_000).toISOString();
    // What the dashboard's browser sends before its first read of a URL: API Gateway answers
    // it, and traces it, without running a function.
    const preflight = await fetch(`${stackUrls().api}/instances?limit=7`, {
      method: 'OPTIONS',
      headers: {
        Origin: stackUrls().web,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    const traceId = traceIdOf(preflight);
    const search = (extra: string): Promise<TracePage['items']> =>
      callApi<TracePage>(`/traces?from=${from}${extra}`, {}, { as: 'sre' }).then(
        ({ body }) => body.items,
      );

    const included = await eventually(
      () => search('&preflights=include'),
      (items) => items.some((item) => item.id === traceId),
    );

    expect(traceId).toMatch(/^1-/);
    expect(included.map((item) => item.id)).toContain(traceId);
    expect((await search('')).map((item) => item.id)).not.toContain(traceId);
    expect((await search('&preflights=exclude')).map((item) => item.id)).not.toContain(traceId);
  });

  it.each(['operator', 'viewer'] as const)('refuses %s with 403', async (key) => {
    const { status, body } = await callApi<ApiError>('/traces', {}, { as: key });

    expect(status).toBe(403);
    expect(body.code).toBe('Forbidden');
  });

  it('answers 400, not 500, to a user with a control character (X-Ray would refuse the filter)', async () => {
    const { status, body } = await callApi<ApiError>(
      `/traces?user=${encodeURIComponent('ops\u0001@example.com')}`,
      {},
      { as: 'admin' },
    );

    expect([status, body.code]).toEqual([400, 'ValidationError']);
    expect(body.message).toMatch(/control characters/);
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
