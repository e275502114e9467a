import { principalFromGroups, type Principal } from '@fleet/access';
import { apiGatewayEvent, lambdaContext } from '@fleet/testing';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import * as z from 'zod/mini';
import { defineHttpFunction } from './define-http-function';
import { HttpError } from './http-error';
import { httpResponse } from './http-response';

const viewer = principalFromGroups('sub-8', 'v@example.com', ['viewers', 'team-search']);

describe('defineHttpFunction hooks', () => {
  it('runs onForbidden with the refused caller and the request before answering 403', async () => {
    const seen: { principal: Principal; body: string | null }[] = [];
    const stop = defineHttpFunction(
      {
        permission: 'instances:stop',
        onForbidden: async (principal, event) =>
          void seen.push({ principal, body: event.body as string | null }),
      },
      async () => ({}),
    );

    const result = await stop(
      apiGatewayEvent({ method: 'POST', principal: viewer, body: '{"region":"us-east-1"}' }),
      lambdaContext(),
    );

    expect(result.statusCode).toBe(403);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.principal.sub).toBe('sub-8');
  });

  it('answers 403 to a caller whose role may not call the route, even when its body is malformed JSON', async () => {
    const seen: unknown[] = [];
    const stop = defineHttpFunction(
      {
        permission: 'instances:stop',
        body: z.object({ region: z.string() }),
        onForbidden: async (_principal, event) => void seen.push(event.body),
      },
      async () => ({}),
    );

    const result = await stop(
      apiGatewayEvent({
        method: 'POST',
        principal: viewer,
        body: '{"region": "us-east-1",',
        headers: { 'Content-Type': 'application/json' },
      }),
      lambdaContext(),
    );

    expect(result.statusCode).toBe(403);
    expect(JSON.parse(result.body)).toMatchObject({ code: 'Forbidden' });
    expect(seen).toEqual(['{"region": "us-east-1",']);
  });

  it('still answers 403 when onForbidden fails', async () => {
    const stop = defineHttpFunction(
      {
        permission: 'instances:stop',
        onForbidden: async () => Promise.reject(new Error('table down')),
      },
      async () => ({}),
    );

    expect((await stop(apiGatewayEvent({ principal: viewer }), lambdaContext())).statusCode).toBe(
      403,
    );
  });

  it('does not run onForbidden for an unauthenticated caller (401) or an admitted one', async () => {
    let calls = 0;
    const stop = defineHttpFunction(
      { permission: 'instances:stop', onForbidden: async () => void calls++ },
      async () => ({}),
    );

    await stop(apiGatewayEvent({ principal: null }), lambdaContext());
    await stop(apiGatewayEvent(), lambdaContext());

    expect(calls).toBe(0);
  });

  it('answers a business httpResponse with its own status', async () => {
    const handler = defineHttpFunction({ permission: 'instances:stop' }, async () =>
      httpResponse(409, { code: 'InstanceProtected' }),
    );

    const result = await handler(apiGatewayEvent(), lambdaContext());

    expect(result.statusCode).toBe(409);
    expect(JSON.parse(result.body)).toEqual({ code: 'InstanceProtected' });
  });

  it('answers an exposed 503 with its code, message and Retry-After', async () => {
    const handler = defineHttpFunction({ permission: 'instances:stop' }, async () => {
      throw Object.assign(new Error('The audit trail is down; nothing was done.'), {
        statusCode: 503,
        expose: true,
        code: 'AuditUnavailable',
      });
    });

    const result = await handler(apiGatewayEvent(), lambdaContext());

    expect(result.statusCode).toBe(503);
    expect(result.headers?.['Retry-After']).toBe('2');
    expect(JSON.parse(result.body)).toMatchObject({
      code: 'AuditUnavailable',
      message: 'The audit trail is down; nothing was done.',
    });
  });

  it('answers an HttpError with the headers it carries', async () => {
    const handler = defineHttpFunction({ permission: 'instances:stop' }, async () => {
      throw new HttpError(409, 'RequestInProgress', 'Still running.', { 'Retry-After': '1' });
    });

    const result = await handler(apiGatewayEvent(), lambdaContext());

    expect(result.statusCode).toBe(409);
    expect(result.headers?.['Retry-After']).toBe('1');
    expect(JSON.parse(result.body)).toMatchObject({ code: 'RequestInProgress' });
  });

  it('runs extra middlewares only for callers admitted with valid input', async () => {
    let ran = 0;
    const counting: MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> = {
      before: async () => void ran++,
    };
    const handler = defineHttpFunction(
      {
        permission: 'instances:stop',
        body: z.object({ reason: z.string() }),
        middlewares: [counting],
      },
      async () => ({}),
    );
    const json = { 'Content-Type': 'application/json' };

    await handler(
      apiGatewayEvent({ method: 'POST', principal: viewer, body: '{"reason":"x"}', headers: json }),
      lambdaContext(),
    );
    await handler(apiGatewayEvent({ method: 'POST', body: '{}', headers: json }), lambdaContext());
    await handler(
      apiGatewayEvent({ method: 'POST', body: '{"reason":"x"}', headers: json }),
      lambdaContext(),
    );

    expect(ran).toBe(1);
  });
});
