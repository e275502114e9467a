import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { logger, tracer } from '../observability';
import { requestIdOf } from '../request-id';

/**
 * Ties logs and the trace to the API Gateway request id: the id a client receives in error
 * bodies is the one an SRE searches for in logs (`correlation_id`) and X-Ray (`requestId`).
 * Runs after Logger's middleware, whose `resetKeys` clears the key after each invocation.
 */
export function correlationId(): MiddlewareObj<APIGatewayProxyEvent> {
  const before = (request: Request<APIGatewayProxyEvent>): void => {
    const requestId = requestIdOf(request.event, request.context);
    logger.appendKeys({ correlation_id: requestId });
    if (tracer.isTracingEnabled()) {
      tracer.putAnnotation('requestId', requestId);
    }
  };
  return { before };
}
