import { tracer } from './observability';

/**
 * The X-Ray trace id of this invocation (`1-…`), or the request id where tracing is off, so a
 * record always carries an id to search by.
 *
 * @example
 * const traceId = traceIdOf(requestId);
 */
export function traceIdOf(requestId: string): string {
  if (!tracer.isTracingEnabled()) return requestId;
  return tracer.getRootXrayTraceId() ?? requestId;
}
