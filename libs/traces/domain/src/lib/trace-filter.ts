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
 * (`function`, `action`, `instances`, `user`) and X-Ray's own keywords (`responsetime`, flags).
 * Empty when nothing is filtered.
 *
 * @example
 * traceFilterOf({ action: 'stop', outcome: 'fault' }); // 'annotation.action = "stop" AND fault'
 */
export function traceFilterOf(query: Omit<TraceSearchQuery, 'from' | 'to'>): string {
  const parts: string[] = [];
  if (query.function) parts.push(`annotation.function = ${quoted(query.function)}`);
  if (query.action) parts.push(`annotation.action = ${quoted(query.action)}`);
  if (query.instance) parts.push(`annotation.instances CONTAINS ${quoted(query.instance)}`);
  if (query.user) parts.push(`annotation.user = ${quoted(query.user)}`);
  // Fixed notation: a tiny latency would print as `1e-7`, which X-Ray's grammar refuses.
  if (query.minLatencyMs !== undefined)
    parts.push(`responsetime > ${(query.minLatencyMs / 1000).toFixed(3)}`);
  if (query.outcome) parts.push(OUTCOME_FILTER[query.outcome]);
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
