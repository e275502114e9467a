import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod/mini';
import { HttpError } from '../http-error';
import { queryParametersOf } from '../query-parameters';

/** Schemas for the parts of a request a function reads; a part without one is not read. */
export interface HttpSchemas {
  readonly path?: z.ZodMiniType;
  readonly query?: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
}

/** The validated parts of one request. */
export interface ValidatedParts {
  path: unknown;
  query: unknown;
  body: unknown;
}

// Handed to the handler on the invocation's context, as Middy's own middlewares do
// (`setToContext`): per invocation, never in the middleware's closure.
const VALIDATED = Symbol('validated');

/** The parts `validateRequest` validated for this invocation. */
export function validatedPartsOf(context: object): ValidatedParts {
  const parts = (context as { [VALIDATED]?: ValidatedParts })[VALIDATED];
  if (!parts) throw new Error('validateRequest() did not run before the handler');
  return parts;
}

function describeIssues(part: string, error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => {
      const where = [part, ...issue.path.map(String)].join('.');
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

type PartResult = { ok: true; value: unknown } | { ok: false; problems: string };

function parsePart(part: string, schema: z.ZodMiniType | undefined, value: unknown): PartResult {
  if (!schema) return { ok: true, value: undefined };
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: describeIssues(part, result.error) };
}

/**
 * Validates path, query and body against the function's schemas and answers `400` with every
 * problem named (`query.state: Invalid option…`) before any business code runs.
 */
export function validateRequest(schemas: HttpSchemas): MiddlewareObj<APIGatewayProxyEvent> {
  const before = (request: Request<APIGatewayProxyEvent>): void => {
    const { event } = request;
    if (schemas.body && typeof event.body === 'string') {
      // The JSON parser leaves bodies it does not understand as strings: not JSON at all.
      throw new HttpError(415, 'UnsupportedMediaType', 'Send the body as application/json.');
    }
    const path = parsePart('path', schemas.path, event.pathParameters ?? {});
    const query = parsePart('query', schemas.query, queryParametersOf(event));
    const body = parsePart('body', schemas.body, event.body ?? undefined);
    if (!path.ok || !query.ok || !body.ok) {
      // Every problem at once: a caller fixing one field should not discover the next by retrying.
      const problems = [path, query, body].flatMap((part) => (part.ok ? [] : [part.problems]));
      throw new HttpError(400, 'ValidationError', problems.join('; '));
    }
    const validated: ValidatedParts = { path: path.value, query: query.value, body: body.value };
    Object.assign(request.context, { [VALIDATED]: validated });
  };
  return { before };
}
