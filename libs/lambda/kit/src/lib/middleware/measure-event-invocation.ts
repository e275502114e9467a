import type { MiddlewareObj } from '@middy/core';
import { recordEventInvocation } from '../telemetry/metrics';
import { recordLatency, startInvocationClock } from './invocation-clock';

/**
 * The event functions' Powertools Metrics middleware: on the way out, one run's requests, faults
 * and latency (EMF), as `measureInvocation` emits them for an HTTP function.
 *
 * @example
 * middy().use(measureEventInvocation())…
 */
export function measureEventInvocation<E, R>(): MiddlewareObj<E, R> {
  return {
    before: (request) => startInvocationClock(request.internal),
    after: (request) =>
      recordLatency(request.internal, (latencyMs) => recordEventInvocation(latencyMs, false)),
    onError: (request) =>
      recordLatency(request.internal, (latencyMs) => recordEventInvocation(latencyMs, true)),
  };
}
