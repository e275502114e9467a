import type { Context } from 'aws-lambda';

/** The API Gateway request id (what a client sees and quotes), else the Lambda request id. */
export function requestIdOf(
  event: { requestContext?: { requestId?: string } },
  context: Context,
): string {
  return event.requestContext?.requestId ?? context.awsRequestId;
}
