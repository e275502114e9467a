import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayAuthorizerResult, APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import {
  closeHandlerSubsegment,
  flagAsClientError,
  openHandlerSubsegment,
  type Segment,
} from './handler-subsegment';

type AuthorizerRequest = Request<APIGatewayTokenAuthorizerEvent, APIGatewayAuthorizerResult>;

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
  // addError marks a fault; a refused token is a 4xx, so an error, as X-Ray flags a 401.
  if (refused) flagAsClientError(segment);
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
  const before = (request: AuthorizerRequest): void => openHandlerSubsegment(request.internal);
  const close = (request: AuthorizerRequest): void =>
    closeHandlerSubsegment(request.internal, 'trace-authorizer', (segment) =>
      record(segment, request),
    );
  return { before, after: close, onError: close };
}
