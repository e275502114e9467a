import {
  INSTANCE_ACTIONS,
  TRACE_OUTCOMES,
  type InstanceAction,
  type TraceOutcome,
  type TraceSearchParams,
  type TraceSummary,
} from '@fleet/contract';

/** How far back a search looks, unless the URL names its own `from`/`to`. */
export const TRACE_WINDOWS = { '15m': 15, '1h': 60, '6h': 360, '24h': 1440 } as const;
export type TraceWindow = keyof typeof TRACE_WINDOWS;

/** Newest first (X-Ray's order) or slowest first. */
export type TraceSort = 'newest' | 'slowest';

/** The Traces page's filters, as the URL holds them. */
export interface TraceFilters {
  readonly window: TraceWindow;
  /** ISO 8601: an exact window (from a link), instead of `window`. */
  readonly from?: string;
  readonly to?: string;
  readonly outcome?: TraceOutcome;
  readonly action?: InstanceAction;
  readonly instance?: string;
  readonly user?: string;
  readonly function?: string;
  readonly minLatencyMs?: number;
  /** CORS preflights listed too (the API leaves them out otherwise). */
  readonly preflights?: 'include';
  readonly sort: TraceSort;
}

const TEXT_KEYS = ['from', 'to', 'instance', 'user', 'function'] as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/**
 * The filters in a URL's search params; unknown values are dropped.
 *
 * @example
 * parseTraceFilters(new URLSearchParams('outcome=fault&window=6h')); // { window: '6h', outcome: 'fault', sort: 'newest' }
 */
export function parseTraceFilters(search: URLSearchParams): TraceFilters {
  const latency = Number(search.get('minLatencyMs'));
  const text = Object.fromEntries(
    TEXT_KEYS.flatMap((key) => {
      const value = search.get(key)?.trim();
      return value ? [[key, value]] : [];
    }),
  );
  return {
    window: oneOf(Object.keys(TRACE_WINDOWS) as TraceWindow[], search.get('window')) ?? '1h',
    ...text,
    ...(oneOf(TRACE_OUTCOMES, search.get('outcome'))
      ? { outcome: oneOf(TRACE_OUTCOMES, search.get('outcome')) }
      : {}),
    ...(oneOf(INSTANCE_ACTIONS, search.get('action'))
      ? { action: oneOf(INSTANCE_ACTIONS, search.get('action')) }
      : {}),
    ...(latency > 0 ? { minLatencyMs: latency } : {}),
    ...(search.get('preflights') === 'include' ? { preflights: 'include' } : {}),
    sort: search.get('sort') === 'slowest' ? 'slowest' : 'newest',
  };
}

/**
 * The URL search params of some filters; defaults left out so links stay short.
 *
 * @example
 * traceFiltersToSearch({ window: '1h', sort: 'slowest', function: 'list-instances' }).toString(); // 'function=list-instances&sort=slowest'
 */
export function traceFiltersToSearch(filters: TraceFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    if ((key === 'window' && value === '1h') || (key === 'sort' && value === 'newest')) continue;
    search.set(key, String(value));
  }
  return search;
}

// The filters a reader sets; the chosen span back from now always applies and the order only
// sorts, but an exact window from a link (`from`) narrows the search like any filter.
const FILTER_KEYS = [
  'from',
  'outcome',
  'action',
  'function',
  'instance',
  'user',
  'minLatencyMs',
  'preflights',
] as const;

/**
 * How many filters are set, besides the chosen span and the order.
 *
 * @example
 * traceFilterCount({ window: '6h', sort: 'slowest', outcome: 'fault', user: 'sre@example.com' }); // 2
 */
export function traceFilterCount(filters: TraceFilters): number {
  return FILTER_KEYS.filter((key) => filters[key] !== undefined).length;
}

/**
 * What `GET /traces` is asked for the filters at `now`: the exact window when the URL names
 * one, else the chosen span back from now.
 *
 * @example
 * searchParamsOf({ window: '15m', sort: 'newest' }, Date.parse('2026-11-29T10:00:00Z')).from; // '2026-11-29T09:45:00.000Z'
 */
export function searchParamsOf(filters: TraceFilters, now: number): TraceSearchParams {
  const to = filters.to ?? new Date(now).toISOString();
  const from =
    filters.from ?? new Date(Date.parse(to) - TRACE_WINDOWS[filters.window] * 60_000).toISOString();
  const { window: _window, sort: _sort, ...rest } = filters;
  return { ...rest, from, to };
}

/**
 * The traces in the chosen order.
 *
 * @example
 * sortTraces(items, 'slowest')[0]?.latencyMs; // the largest
 */
export function sortTraces(items: readonly TraceSummary[], sort: TraceSort): TraceSummary[] {
  if (sort === 'newest') return [...items];
  return [...items].sort((a, b) => b.latencyMs - a.latencyMs);
}
