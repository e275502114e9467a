import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { answerFacts } from '../telemetry/answer-facts';
import { rememberedAnswer } from '../telemetry/answer-stash';
import { recordInvocation } from '../telemetry/metrics';
import { recordLatency, startInvocationClock } from './invocation-clock';

/**
 * The kit's Powertools Metrics middleware: on the final answer, emits the invocation's metrics
 * (EMF) — requests, client errors, faults, latency; action outcomes, refused and denied attempts,
 * EC2 throttles, audit outages. Registered first, next to tracing: its `after`/`onError` see
 * the answer the caller gets.
 *
 * @example
 * middy().use(measureInvocation('stop-instances', 'instances:stop'))…
 */
export function measureInvocation(
  functionName: string,
  permission: string,
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> {
  const before = (request: Request<APIGatewayProxyEvent, APIGatewayProxyResult>): void =>
    startInvocationClock(request.internal);
  const measure = (request: Request<APIGatewayProxyEvent, APIGatewayProxyResult>): void => {
    const answer = rememberedAnswer(request.context);
    const facts = answerFacts(
      functionName,
      permission,
      request.event,
      request.response?.statusCode ?? 500,
      answer,
    );
    recordLatency(request.internal, (latencyMs) => recordInvocation(facts, latencyMs, answer));
  };
  return { before, after: measure, onError: measure };
}
