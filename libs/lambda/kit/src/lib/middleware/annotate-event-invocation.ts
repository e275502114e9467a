import type { MiddlewareObj } from '@middy/core';
import { tracer } from '../observability';

/** What started an event function's invocation, as its trace says. */
export type EventTrigger = 'schedule' | 'eventbridge' | 'invoke';

/**
 * Reads the trigger off the event: EventBridge events carry a `source` (a schedule's is
 * `aws.events` with `detail-type` "Scheduled Event"); anything else was invoked directly.
 *
 * @example
 * triggerOf({ source: 'aws.events', 'detail-type': 'Scheduled Event' }); // 'schedule'
 * triggerOf({ region: 'eu-west-1' }); // 'invoke'
 */
export function triggerOf(event: unknown): EventTrigger {
  if (typeof event !== 'object' || event === null) return 'invoke';
  const { source, 'detail-type': detailType } = event as Record<string, unknown>;
  if (typeof source !== 'string') return 'invoke';
  return source === 'aws.events' && detailType === 'Scheduled Event' ? 'schedule' : 'eventbridge';
}

/**
 * The kit's annotations for a function no HTTP request reaches, on the `## handler` subsegment
 * Powertools' `captureLambdaHandler` opens (registered right after it): `function` — the same key
 * the HTTP functions carry, so an SRE finds a scheduled run by function as any request — and
 * `trigger`; on a failure, `errorCode` (the error's name; the Tracer records the error itself,
 * a fault). Nothing happens when tracing is off.
 *
 * @example
 * middy().use(captureLambdaHandler(tracer)).use(annotateEventInvocation('sync-inventory'))…
 */
export function annotateEventInvocation<E, R>(functionName: string): MiddlewareObj<E, R> {
  return {
    before: (request) => {
      tracer.putAnnotation('function', functionName);
      tracer.putAnnotation('trigger', triggerOf(request.event));
    },
    onError: (request) => {
      tracer.putAnnotation('errorCode', request.error?.name ?? 'Error');
    },
  };
}
