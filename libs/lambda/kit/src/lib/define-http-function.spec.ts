import { principalFromGroups } from '@fleet/access';
import { apiGatewayEvent, lambdaContext } from '@fleet/testing';
import type { APIGatewayProxyResult } from 'aws-lambda';
import * as z from 'zod/mini';
import { defineHttpFunction } from './define-http-function';
import { notFound } from './http-error';

const schemas = {
  permission: 'instances:read',
  path: z.object({ id: z.string().check(z.regex(/^i-[0-9a-f]+$/)) }),
  query: z.object({ limit: z._default(z.coerce.number().check(z.int(), z.maximum(10)), 5) }),
} as const;

const echo = defineHttpFunction(schemas, async ({ path, query, requestId }) => ({
  ...path,
  ...query,
  requestId,
}));

// A function that reads a body, and a POST to it.
const echoBody = defineHttpFunction(
  { permission: 'instances:stop', body: z.object({ reason: z.string() }) },
  async ({ body }) => body,
);
function post(body: string, headers: Record<string, string>): Promise<APIGatewayProxyResult> {
  return echoBody(apiGatewayEvent({ method: 'POST', body, headers }), lambdaContext());
}

function bodyOf(result: APIGatewayProxyResult): Record<string, unknown> {
  return JSON.parse(result.body) as Record<string, unknown>;
}

describe('defineHttpFunction', () => {
  it('hands the business function validated, typed input and answers 200 JSON', async () => {
    const result = await echo(
      apiGatewayEvent({ pathParameters: { id: 'i-0abc' }, query: { limit: '7' } }),
      lambdaContext(),
    );

    expect(result.statusCode).toBe(200);
    expect(result.headers?.['Content-Type']).toBe('application/json');
    expect(bodyOf(result)).toEqual({ id: 'i-0abc', limit: 7, requestId: 'api-request-id' });
  });

  it('answers 400 ValidationError naming every invalid part before business code runs', async () => {
    let ran = false;
    const handler = defineHttpFunction(schemas, async () => {
      ran = true;
      return {};
    });

    const result = await handler(
      apiGatewayEvent({ pathParameters: { id: 'nope' }, query: { limit: '99' } }),
      lambdaContext(),
    );

    expect(result.statusCode).toBe(400);
    const body = bodyOf(result);
    expect(body.code).toBe('ValidationError');
    expect(body.message).toMatch(/path\.id/);
    expect(body.message).toMatch(/query\.limit/);
    expect(body.requestId).toBe('api-request-id');
    expect(ran).toBe(false);
  });

  it('passes a GET without a content type through the JSON body parser untouched', async () => {
    const result = await echo(apiGatewayEvent({ pathParameters: { id: 'i-1' } }), lambdaContext());

    expect(result.statusCode).toBe(200);
  });

  it('refuses a body that is not JSON with 415 where the function reads a body', async () => {
    const result = await post('reason=x', { 'Content-Type': 'text/plain' });

    expect(result.statusCode).toBe(415);
    expect(bodyOf(result).code).toBe('UnsupportedMediaType');
  });

  it('parses a JSON body and validates it', async () => {
    const result = await post('{"reason":"patching"}', { 'content-type': 'application/json' });

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({ reason: 'patching' });
  });

  it('answers malformed JSON with a 4xx and a code, never a 500', async () => {
    const result = await post('{"reason":', { 'Content-Type': 'application/json' });

    expect(result.statusCode).toBeGreaterThanOrEqual(400);
    expect(result.statusCode).toBeLessThan(500);
    expect(typeof bodyOf(result).code).toBe('string');
  });

  it('answers an exposed error with its status, code and message', async () => {
    const handler = defineHttpFunction({ permission: 'instances:read' }, async () => {
      throw notFound('No instance i-1 in us-east-1.', 'InstanceNotFound');
    });

    const result = await handler(apiGatewayEvent(), lambdaContext());

    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toEqual({
      code: 'InstanceNotFound',
      message: 'No instance i-1 in us-east-1.',
      requestId: 'api-request-id',
    });
  });

  it('hides an unexpected error behind a generic 500 that quotes the request id', async () => {
    const handler = defineHttpFunction({ permission: 'instances:read' }, async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.1:5432 password=hunter2');
    });

    const result = await handler(apiGatewayEvent({ requestId: 'req-42' }), lambdaContext());

    expect(result.statusCode).toBe(500);
    const body = bodyOf(result);
    expect(body.code).toBe('InternalError');
    expect(body.message).toContain('req-42');
    expect(result.body).not.toMatch(/ECONNREFUSED|hunter2|at /);
  });

  it('turns AWS throttling that outlived the SDK retries into 503 with Retry-After', async () => {
    const handler = defineHttpFunction({ permission: 'instances:read' }, async () => {
      throw Object.assign(new Error('Request limit exceeded.'), {
        name: 'RequestLimitExceeded',
        $fault: 'client',
        $metadata: { httpStatusCode: 503 },
      });
    });

    const result = await handler(apiGatewayEvent(), lambdaContext());

    expect(result.statusCode).toBe(503);
    expect(result.headers?.['Retry-After']).toBe('2');
    expect(bodyOf(result).code).toBe('Throttled');
  });

  it('adds CORS and security headers to successes and errors alike', async () => {
    const headers = { Origin: 'http://localhost:4200' };
    const ok = await echo(
      apiGatewayEvent({ pathParameters: { id: 'i-1' }, headers }),
      lambdaContext(),
    );
    const bad = await echo(
      apiGatewayEvent({ pathParameters: { id: 'x' }, headers }),
      lambdaContext(),
    );

    for (const result of [ok, bad]) {
      expect(result.headers?.['Access-Control-Allow-Origin']).toBeDefined();
      expect(result.headers?.['X-Content-Type-Options']).toBe('nosniff');
      expect(result.headers?.['Strict-Transport-Security']).toBeDefined();
    }
  });

  it('hands the verified caller to the business function', async () => {
    const operator = principalFromGroups('sub-7', 'op@example.com', ['operators', 'team-payments']);
    const whoAmI = defineHttpFunction(
      { permission: 'instances:stop' },
      async ({ principal }) => principal,
    );

    const result = await whoAmI(apiGatewayEvent({ principal: operator }), lambdaContext());

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual(operator);
  });

  it('answers 403 Forbidden, naming what the role may not do, before business code runs', async () => {
    let ran = false;
    const stop = defineHttpFunction({ permission: 'instances:stop' }, async () => {
      ran = true;
      return {};
    });
    const viewer = principalFromGroups('sub-8', 'v@example.com', ['viewers', 'team-search']);

    const result = await stop(apiGatewayEvent({ principal: viewer }), lambdaContext());

    expect(result.statusCode).toBe(403);
    expect(bodyOf(result)).toMatchObject({
      code: 'Forbidden',
      message: 'Your role (viewers) may not stop instances.',
    });
    expect(ran).toBe(false);
  });

  it('answers 401 when no verified caller reached the function', async () => {
    const result = await echo(
      apiGatewayEvent({ pathParameters: { id: 'i-1' }, principal: null }),
      lambdaContext(),
    );

    expect(result.statusCode).toBe(401);
    expect(bodyOf(result).code).toBe('Unauthorized');
  });

  it('checks the role before the input, so a refused caller learns nothing about validation', async () => {
    const viewer = principalFromGroups('sub-8', 'v@example.com', ['viewers']);
    const stop = defineHttpFunction(
      { permission: 'instances:stop', path: schemas.path },
      async () => ({}),
    );

    const result = await stop(
      apiGatewayEvent({ pathParameters: { id: 'bad' }, principal: viewer }),
      lambdaContext(),
    );

    expect(result.statusCode).toBe(403);
  });
});
