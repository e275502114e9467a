import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { classifyError } from '../classify-error';
import { logger } from '../observability';
import { requestIdOf } from '../request-id';
import { rememberAnswer } from '../telemetry/answer-stash';
import { traceIdOf } from '../trace-id';

/**
 * Turns any error into a `{ code, message, requestId, traceId? }` JSON response. Registered last so its
 * `onError` runs first and CORS/security headers are added to what it answers.
 */
export function errorResponse(): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> {
  const onError = (request: Request<APIGatewayProxyEvent, APIGatewayProxyResult>): void => {
    const requestId = requestIdOf(request.event, request.context);
    const answer = classifyError(request.error, requestId);
    if (answer.unexpected) {
      logger.error('request failed', {
        error: request.error as Error,
        statusCode: answer.statusCode,
      });
    } else {
      logger.warn('request refused', {
        statusCode: answer.statusCode,
        code: answer.code,
        reason: answer.message,
      });
    }
    const traceId = traceIdOf(requestId);
    // Where tracing is off the trace id is the request id: said once.
    const body = {
      code: answer.code,
      message: answer.message,
      requestId,
      ...(traceId === requestId ? {} : { traceId }),
    };
    rememberAnswer(request.context, body);
    request.response = {
      statusCode: answer.statusCode,
      headers: { 'Content-Type': 'application/json', ...answer.headers },
      body: JSON.stringify(body),
    };
  };
  return { onError };
}
