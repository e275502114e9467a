import { logger } from '../observability';

const STARTED = Symbol('started');

/**
 * Notes when an invocation began, in the Middy request's `internal` (one per invocation), for
 * {@link recordLatency}. The metrics middlewares call it first thing in `before`.
 *
 * @example
 * const before = (request: Request): void => startInvocationClock(request.internal);
 */
export function startInvocationClock(internal: object): void {
  Object.assign(internal, { [STARTED]: performance.now() });
}

/**
 * Hands `record` the milliseconds since {@link startInvocationClock} (0 when it never started)
 * and logs, never throws, when recording fails: metrics must never change the outcome.
 *
 * @example
 * recordLatency(request.internal, (latencyMs) => recordEventInvocation(latencyMs, false));
 */
export function recordLatency(internal: object, record: (latencyMs: number) => void): void {
  const started = (internal as { [STARTED]?: number })[STARTED] ?? performance.now();
  try {
    record(performance.now() - started);
  } catch (error) {
    logger.warn('metrics not recorded', { error: error as Error });
  }
}
