import middy, { type MiddlewareObj, type MiddyfiedHandler } from '@middy/core';
import httpCors from '@middy/http-cors';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpSecurityHeaders from '@middy/http-security-headers';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { Permission, Principal } from '@fleet/access';
import { isHttpResponse } from './http-response';
import { authorizeCaller, principalOf, type ForbiddenHook } from './middleware/authorize-caller';
import { correlationId } from './middleware/correlation-id';
import { errorResponse } from './middleware/error-response';
import { validateRequest, validatedPartsOf, type HttpSchemas } from './middleware/validate-request';
import { logger } from './observability';
import { rememberAnswer } from './telemetry/answer-stash';
import { measureInvocation } from './middleware/measure-invocation';
import { traceInvocation } from './middleware/trace-invocation';
import { requestIdOf } from './request-id';
import { traceIdOf } from './trace-id';

export type { HttpSchemas } from './middleware/validate-request';

/** What a function declares in one place: the permission it requires and its input schemas. */
export interface HttpFunctionSpec extends HttpSchemas {
  readonly permission: Permission;
  /**
   * Called, and awaited, when a signed-in caller's role lacks the permission, before the `403`
   * goes out: e.g. to put the refused attempt on the audit record. Its failure is logged and
   * the caller still gets the `403`.
   */
  readonly onForbidden?: ForbiddenHook;
  /**
   * Middlewares that run after the caller is authorized and the input validated, innermost
   * (e.g. idempotency: a refused or invalid request is never stored as an answer).
   */
  readonly middlewares?: readonly MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult>[];
}

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a business function receives: validated, typed input and the raw event if it must. */
export interface HttpInput<S extends HttpFunctionSpec> {
  /** The verified caller, already known to hold the function's permission. */
  readonly principal: Principal;
  readonly path: Parsed<S['path']>;
  readonly query: Parsed<S['query']>;
  readonly body: Parsed<S['body']>;
  readonly requestId: string;
  /**
   * The X-Ray trace id of this invocation (`1-…`; locally too once the stack traces), else the
   * request id: what an answer quotes so a caller can open the trace.
   */
  readonly traceId: string;
  readonly event: APIGatewayProxyEvent;
  readonly context: Context;
}

export type HttpFunction<S extends HttpFunctionSpec, R> = (input: HttpInput<S>) => Promise<R>;

// Set per function in serverless.yml; names traces, logs and metrics alike.
const functionName = (): string => process.env.POWERTOOLS_SERVICE_NAME ?? 'function';

function allowedOrigins(): string[] {
  return (process.env.CORS_ALLOWED_ORIGINS ?? '*').split(',').map((origin) => origin.trim());
}

/**
 * Wraps a business function in the standard chain, so a handler file holds business logic only:
 * Tracer → Logger (cold start, function name, correlation id = API Gateway request id) →
 * header normalisation → security headers → CORS → the caller's permission (401/403, before the
 * body is read) → JSON body parsing (GET requests pass untouched) → schema validation (400) →
 * `{ code, message }` errors. The function's result is sent as `200` JSON. The role comes before
 * the body so a caller who may not call the route gets its 403 (and its `denied` record)
 * whatever it sent, malformed JSON included.
 *
 * @example
 * const spec = { permission: 'instances:read', path: InstanceRefSchema } as const;
 * export const getThing = async ({ path }: HttpInput<typeof spec>) => findThing(path.id);
 * export const handler = defineHttpFunction(spec, getThing);
 */
export function defineHttpFunction<S extends HttpFunctionSpec, R>(
  spec: S,
  fn: HttpFunction<S, R>,
): MiddyfiedHandler<APIGatewayProxyEvent, APIGatewayProxyResult> {
  return middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .use(traceInvocation(functionName(), spec.permission))
    .use(measureInvocation(functionName(), spec.permission))
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(correlationId())
    .use(httpHeaderNormalizer())
    .use(httpSecurityHeaders())
    .use(
      httpCors({
        origins: allowedOrigins(),
        headers: 'Content-Type,Authorization,Idempotency-Key',
        // The dashboard reads how long to wait after a 503.
        exposeHeaders: 'Retry-After',
      }),
    )
    .use(authorizeCaller(spec.permission, spec.onForbidden))
    .use(httpJsonBodyParser({ disableContentTypeError: true }))
    .use(validateRequest(spec))
    .use(errorResponse())
    .use([...(spec.middlewares ?? [])])
    .handler(async (event, context) => {
      const { path, query, body } = validatedPartsOf(context);
      const requestId = requestIdOf(event, context);
      const result = await fn({
        principal: principalOf(context),
        path: path as Parsed<S['path']>,
        query: query as Parsed<S['query']>,
        body: body as Parsed<S['body']>,
        requestId,
        traceId: traceIdOf(requestId),
        event,
        context,
      });
      const [statusCode, answer, headers] = isHttpResponse(result)
        ? [result.statusCode, result.body, result.headers]
        : [200, result, undefined];
      rememberAnswer(context, answer);
      return {
        statusCode,
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(answer),
      };
    });
}
