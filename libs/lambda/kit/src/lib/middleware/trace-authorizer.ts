import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayAuthorizerResult, APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import { tracer } from '../observability';

type Segment = NonNullable<ReturnType<typeof tracer.getSegment>>;
type AuthorizerRequest = Request<APIGatewayTokenAuthorizerEvent, APIGatewayAuthorizerResult>;

const HANDLER_SEGMENT = Symbol('handlerSegment');
const PARENT_SEGMENT = Symbol('parentSegment');

interface Segments {
  [HANDLER_SEGMENT]?: Segment;
  [PARENT_SEGMENT]?: Segment;
}

/** The message API Gateway turns into a `401`: a refused token, the caller's mistake. */
export const UNAUTHORIZED = 'Unauthorized';

function record(segment: Segment, request: AuthorizerRequest): void {
  const error = request.error;
  if (!error) {
    segment.addAnnotation('outcome', 'allowed');
    return;
  }
  const refused = error instanceof Error && error.message === UNAUTHORIZED;
  segment.addAnnotation('outcome', refused ? 'refused' : 'failed');
  segment.addAnnotation('status', refused ? 401 : 500);
  segment.addError(error as Error);
  if (refused) {
    // addError marks a fault; a refused token is a 4xx, so an error, as X-Ray flags a 401.
    (segment as { fault?: boolean }).fault = false;
    segment.addErrorFlag();
  }
}

/**
 * The authorizer's X-Ray middleware, in place of Powertools' `captureLambdaHandler`: the same
 * `## handler` subsegment (ColdStart and Service annotations), with an `outcome` annotation, and
 * flags from what the caller gets — a refused token (`Unauthorized`, API Gateway's 401) is an
 * `error` with its cause, only a failure of the authorizer itself a `fault`.
 *
 * @example
 * middy().use(traceAuthorizer()).handler(verifyToken);
 */
export function traceAuthorizer(): MiddlewareObj<
  APIGatewayTokenAuthorizerEvent,
  APIGatewayAuthorizerResult
> {
  const before = (request: AuthorizerRequest): void => {
    if (!tracer.isTracingEnabled()) return;
    const parent = tracer.getSegment();
    if (!parent) return;
    const handler = parent.addNewSubsegment(`## ${process.env._HANDLER ?? 'handler'}`);
    Object.assign(request.internal, { [HANDLER_SEGMENT]: handler, [PARENT_SEGMENT]: parent });
    tracer.setSegment(handler);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
  };
  const close = (request: AuthorizerRequest): void => {
    const segments = request.internal as Segments;
    const handler = segments[HANDLER_SEGMENT];
    const parent = segments[PARENT_SEGMENT];
    if (!handler || !parent) return;
    try {
      record(handler, request);
      handler.close();
    } catch (error) {
      // Tracing must never change the answer.
      console.warn('trace-authorizer: could not record the subsegment', error);
    }
    tracer.setSegment(parent);
  };
  return { before, after: close, onError: close };
}
