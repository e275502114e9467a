import type { TraceSearchQuery } from '@fleet/contract';

const quoted = (value: string): string => `"${value.replace(/["\\]/g, '')}"`;

const OUTCOME_FILTER: Readonly<Record<NonNullable<TraceSearchQuery['outcome']>, string>> = {
  ok: 'ok',
  error: 'error',
  throttle: 'throttle',
  fault: 'fault',
};

/**
 * The X-Ray filter expression of a trace search, on the annotations the lambda kit writes
 * (`function`, `action`, `instances`, `user`) and X-Ray's own keywords (`responsetime`, flags,
 * `http.method`). CORS preflights are left out unless asked for: API Gateway traces each one,
 * with no function in it, and a dashboard sends one before most first reads of a URL, so they
 * would fill half a list. A search on an annotation needs no such clause: a preflight has none.
 *
 * @example
 * traceFilterOf({ action: 'stop', outcome: 'fault' }); // 'annotation.action = "stop" AND fault'
 * traceFilterOf({}); // 'http.method != "OPTIONS"'
 */
export function traceFilterOf(query: Omit<TraceSearchQuery, 'from' | 'to'>): string {
  const annotations: string[] = [];
  if (query.function) annotations.push(`annotation.function = ${quoted(query.function)}`);
  if (query.action) annotations.push(`annotation.action = ${quoted(query.action)}`);
  if (query.instance) annotations.push(`annotation.instances CONTAINS ${quoted(query.instance)}`);
  if (query.user) annotations.push(`annotation.user = ${quoted(query.user)}`);
  const parts = [...annotations];
  // Fixed notation: a tiny latency would print as `1e-7`, which X-Ray's grammar refuses.
  if (query.minLatencyMs !== undefined)
    parts.push(`responsetime > ${(query.minLatencyMs / 1000).toFixed(3)}`);
  if (query.outcome) parts.push(OUTCOME_FILTER[query.outcome]);
  if (annotations.length === 0 && query.preflights !== 'include')
    parts.push('http.method != "OPTIONS"');
  return parts.join(' AND ');
}

/**
 * The window a search covers: `to` defaults to now, `from` to an hour before it; a window
 * longer than `maxHours` or reversed is refused with the reason.
 *
 * @example
 * traceWindowOf({}, new Date()); // { from: <an hour ago>, to: <now> }
 */
export function traceWindowOf(
  query: Pick<TraceSearchQuery, 'from' | 'to'>,
  now: Date,
  maxHours = 24,
): { from: Date; to: Date } | { problem: string } {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 3_600_000);
  if (from.getTime() >= to.getTime()) return { problem: 'from must be before to' };
  if (to.getTime() - from.getTime() > maxHours * 3_600_000)
    return { problem: `a search covers at most ${maxHours} hours` };
  return { from, to };
}
