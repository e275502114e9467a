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
