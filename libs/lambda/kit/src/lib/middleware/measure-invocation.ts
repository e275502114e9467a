import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { logger } from '../observability';
import { answerFacts } from '../telemetry/answer-facts';
import { rememberedAnswer } from '../telemetry/answer-stash';
import { recordInvocation } from '../telemetry/metrics';

const STARTED = Symbol('started');

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
  const before = (request: Request<APIGatewayProxyEvent, APIGatewayProxyResult>): void => {
    Object.assign(request.internal, { [STARTED]: performance.now() });
  };
  const measure = (request: Request<APIGatewayProxyEvent, APIGatewayProxyResult>): void => {
    const started = (request.internal as { [STARTED]?: number })[STARTED] ?? performance.now();
    const answer = rememberedAnswer(request.context);
    const facts = answerFacts(
      functionName,
      permission,
      request.event,
      request.response?.statusCode ?? 500,
      answer,
    );
    try {
      recordInvocation(facts, performance.now() - started, answer);
    } catch (error) {
      // Metrics must never change the answer.
      logger.warn('metrics not recorded', { error: error as Error });
    }
  };
  return { before, after: measure, onError: measure };
}
