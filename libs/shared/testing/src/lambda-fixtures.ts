import { principalFromGroups, toAuthorizerContext, type Principal } from '@fleet/access';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

/** A Lambda context as the runtime hands it to a handler. */
export function lambdaContext(overrides: Partial<Context> = {}): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'test-function',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:test-function',
    memoryLimitInMB: '512',
    awsRequestId: 'lambda-request-id',
    logGroupName: '/aws/lambda/test-function',
    logStreamName: 'stream',
    getRemainingTimeInMillis: () => 10_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
    ...overrides,
  };
}

export interface EventOptions {
  readonly method?: string;
  readonly path?: string;
  readonly pathParameters?: Record<string, string>;
  /** Repeated parameters as arrays, as API Gateway's multi-value map carries them. */
  readonly query?: Record<string, string | string[]>;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly requestId?: string;
  /** The caller the authorizer admitted; `null` for none. Default: an admin. */
  readonly principal?: Principal | null;
}

/** An admin with no team: the whole fleet, every permission. */
export const TEST_ADMIN = principalFromGroups('test-admin', 'admin@example.com', ['admins']);

/**
 * An API Gateway REST (`http` event) proxy event, with both query maps filled as API Gateway
 * fills them.
 *
 * @example
 * await handler(apiGatewayEvent({ path: '/instances', query: { state: 'running' } }), lambdaContext());
 */
export function apiGatewayEvent(options: EventOptions = {}): APIGatewayProxyEvent {
  const query = options.query ?? {};
  const multi = Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value : [value]]),
  );
  const single = Object.fromEntries(
    Object.entries(multi).map(([key, values]) => [key, values.at(-1) ?? '']),
  );
  const hasQuery = Object.keys(query).length > 0;
  const headers = options.headers ?? {};
  return {
    httpMethod: options.method ?? 'GET',
    path: options.path ?? '/',
    resource: options.path ?? '/',
    body: options.body ?? null,
    isBase64Encoded: false,
    headers,
    multiValueHeaders: Object.fromEntries(
      Object.entries(headers).map(([key, value]) => [key, [value]]),
    ),
    pathParameters: options.pathParameters ?? null,
    queryStringParameters: hasQuery ? single : null,
    multiValueQueryStringParameters: hasQuery ? multi : null,
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      authorizer:
        options.principal === null
          ? null
          : { ...toAuthorizerContext(options.principal ?? TEST_ADMIN) },
      protocol: 'HTTP/1.1',
      httpMethod: options.method ?? 'GET',
      identity: {
        sourceIp: '127.0.0.1',
        userAgent: 'jest',
      } as APIGatewayProxyEvent['requestContext']['identity'],
      path: options.path ?? '/',
      stage: 'test',
      requestId: options.requestId ?? 'api-request-id',
      requestTimeEpoch: Date.now(),
      resourceId: 'resource',
      resourcePath: options.path ?? '/',
    },
  };
}
