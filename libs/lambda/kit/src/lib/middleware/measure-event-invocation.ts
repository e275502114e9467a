import type { MiddlewareObj, Request } from '@middy/core';
import { logger } from '../observability';
import { recordEventInvocation } from '../telemetry/metrics';

const STARTED = Symbol('started');

/**
 * The event functions' Powertools Metrics middleware: on the way out, one run's requests, faults
 * and latency (EMF), as `measureInvocation` emits them for an HTTP function.
 *
 * @example
 * middy().use(measureEventInvocation())…
 */
export function measureEventInvocation<E, R>(): MiddlewareObj<E, R> {
  const record = (request: Request<E, R>, failed: boolean): void => {
    const started = (request.internal as { [STARTED]?: number })[STARTED] ?? performance.now();
    try {
      recordEventInvocation(performance.now() - started, failed);
    } catch (error) {
      // Metrics must never change the outcome.
      logger.warn('metrics not recorded', { error: error as Error });
    }
  };
  return {
    before: (request) => {
      Object.assign(request.internal, { [STARTED]: performance.now() });
    },
    after: (request) => record(request, false),
    onError: (request) => record(request, true),
  };
}
