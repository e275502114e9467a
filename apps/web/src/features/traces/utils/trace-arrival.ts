import { ApiRequestError } from '../../../lib/api-client';
import { retryDelay, shouldRetry } from '../../../lib/query-client';

/**
 * How long after a request its trace may still be gaining segments: API Gateway, Lambda and the
 * function each send theirs to X-Ray on their own, seconds apart (locally the gateway's and
 * Lambda's come in the next batch upload, within about a second).
 */
export const TRACE_ARRIVAL_MS = 30_000;

/** How often a trace that may still be gaining segments is read again. */
export const TRACE_REREAD_MS = 2_000;

/**
 * When the request behind a trace began (epoch ms): X-Ray trace ids carry it, as
 * `1-<epoch seconds in hex>-<24 hex digits>`. `undefined` for an id of another form.
 *
 * @example
 * traceStartMs('1-5759e988-bd862e3fe1be46a994272793'); // 1465510280000 (2016-06-09T22:11:20Z)
 */
export function traceStartMs(traceId: string): number | undefined {
  const seconds = /^1-([0-9a-f]{8})-[0-9a-f]{24}$/.exec(traceId)?.[1];
  return seconds === undefined ? undefined : parseInt(seconds, 16) * 1000;
}

/**
 * Whether, read at `readAt` (epoch ms), the trace may not yet have held all its segments: its
 * request began less than {@link TRACE_ARRIVAL_MS} before. A trace whose id tells no time is
 * taken as complete.
 *
 * @example
 * mayStillArrive(traceId, query.state.dataUpdatedAt);
 */
export function mayStillArrive(traceId: string, readAt: number): boolean {
  const start = traceStartMs(traceId);
  return start !== undefined && readAt - start < TRACE_ARRIVAL_MS;
}

/** How many times a trace X-Ray does not know yet (404) is asked again. */
export const NOT_YET_RETRIES = 4;

const notFound = (error: unknown): boolean => error instanceof ApiRequestError && error.isNotFound;

/**
 * Whether a failed read of a trace is worth asking again, `failures` reads in, at `now`: a trace
 * X-Ray does not know yet (404) while its segments may still be arriving, up to
 * {@link NOT_YET_RETRIES} times; otherwise what every query retries (throttling, 5xx, a lost
 * connection). A malformed id (400) or a trace too old to be arriving (404) answers the same way
 * every time, so the SRE sees it at once rather than after seconds of a blank waterfall.
 *
 * @example
 * useQuery({ …, retry: (failures, error) => askTraceAgain(id, failures, error, Date.now()) });
 */
export function askTraceAgain(
  traceId: string,
  failures: number,
  error: unknown,
  now: number,
): boolean {
  if (notFound(error)) return failures < NOT_YET_RETRIES && mayStillArrive(traceId, now);
  return shouldRetry(failures, error);
}

/**
 * How long to wait before asking for a trace again: 0.5, 1, 2, 4 s for one not known yet (its
 * segments are a batch upload away), as every query waits for the rest.
 */
export function traceRetryDelay(failures: number, error: unknown): number {
  return notFound(error) ? 500 * 2 ** failures : retryDelay(failures, error);
}
