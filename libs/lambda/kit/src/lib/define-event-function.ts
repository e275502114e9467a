import middy, { type MiddyfiedHandler } from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { Context } from 'aws-lambda';
import { annotateEventInvocation } from './middleware/annotate-event-invocation';
import { measureEventInvocation } from './middleware/measure-event-invocation';
import { logger, tracer } from './observability';

/** A business function invoked by an event (EventBridge rule, schedule, direct invoke). */
export type EventFunction<E, R> = (event: E, context: Context) => Promise<R>;

/**
 * Wraps a function that no HTTP request reaches — an EventBridge rule's target, a schedule, a
 * direct invoke — in the same Tracer → Logger chain as the HTTP functions, its trace annotated
 * with the function's name (`POWERTOOLS_SERVICE_NAME`, as the HTTP functions' traces are) and
 * what started it, and measured as they are (requests, faults, latency: the Service health
 * view). There is no caller to answer: a failure is logged and rethrown, so Lambda's
 * asynchronous retries (and a dead-letter destination, if any) take over.
 *
 * @example
 * export const applyEvent = async (event: Ec2Event) => ({ applied: 1 });
 * export const handler = defineEventFunction(applyEvent);
 */
export function defineEventFunction<E, R>(fn: EventFunction<E, R>): MiddyfiedHandler<E, R> {
  return middy<E, R>()
    .use(captureLambdaHandler(tracer))
    .use(annotateEventInvocation<E, R>(process.env.POWERTOOLS_SERVICE_NAME ?? 'function'))
    .use(measureEventInvocation<E, R>())
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({
      onError: async (request) => {
        logger.error('event function failed', { error: request.error });
      },
    })
    .handler((event, context) => fn(event, context));
}
