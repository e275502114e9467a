import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { answerFacts, type AnswerFacts } from '../telemetry/answer-facts';
import { rememberedAnswer } from '../telemetry/answer-stash';
import { searchableAnnotations } from '../telemetry/trace-annotations';
import {
  closeHandlerSubsegment,
  flagAsClientError,
  openHandlerSubsegment,
  type Segment,
} from './handler-subsegment';

type InvocationRequest = Request<APIGatewayProxyEvent, APIGatewayProxyResult>;

function causeOf(facts: AnswerFacts, thrown: unknown): Error {
  // The exception X-Ray shows: the thrown error for a fault, the answer's code for the rest.
  if (facts.flags.fault && thrown instanceof Error) return thrown;
  return Object.assign(new Error(facts.cause?.message ?? `HTTP ${facts.status}`), {
    name: facts.cause?.code ?? `Http${facts.status}`,
  });
}

function record(
  segment: Segment,
  facts: AnswerFacts,
  thrown: unknown,
  event: APIGatewayProxyEvent,
): void {
  // ColdStart, Service and requestId are already on it.
  for (const [key, value] of Object.entries(searchableAnnotations(facts.annotations, 47)))
    segment.addAnnotation(key, value);
  segment.addMetadata('request', {
    path: event.pathParameters ?? {},
    query: event.queryStringParameters ?? {},
  });
  if (Object.keys(facts.outcomes).length > 0) segment.addMetadata('outcomes', facts.outcomes);
  const { flags } = facts;
  if (!flags.error && !flags.fault) return;
  segment.addError(causeOf(facts, thrown));
  // addError marks a fault; X-Ray's flags follow the answer instead: 4xx error, 429 throttle.
  if (!flags.fault) flagAsClientError(segment, flags.throttle);
}

/**
 * The kit's X-Ray middleware, in place of Powertools' `captureLambdaHandler`: the same
 * `## handler` subsegment (ColdStart and Service annotations), closed on the final answer rather
 * than on the first thrown error, so its flags say what the caller got, with the cause — `error`
 * for a 4xx, `throttle` too for a 429, `fault` for a 5xx — and it carries the kit's annotations
 * (function, route, role, team scope, user, regions, instances, action, outcome counts, error
 * code) and metadata. Registered first: its `after`/`onError` run last.
 *
 * @example
 * middy().use(traceInvocation('list-instances', 'instances:read'))…
 */
export function traceInvocation(
  functionName: string,
  permission: string,
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> {
  const before = (request: InvocationRequest): void => openHandlerSubsegment(request.internal);
  const close = (request: InvocationRequest): void =>
    closeHandlerSubsegment(request.internal, 'trace-invocation', (segment) => {
      const status = request.response?.statusCode ?? 500;
      const answer = rememberedAnswer(request.context);
      const facts = answerFacts(functionName, permission, request.event, status, answer);
      record(segment, facts, request.error, request.event);
    });
  return { before, after: close, onError: close };
}
