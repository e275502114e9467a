import { ACTION_OUTCOMES, type MetricRange, type ServiceHealth } from '@fleet/contract';
import type { TraceWindow } from './trace-filters';

/** One bar group per function of the health charts. */
export interface FunctionRow {
  readonly name: string;
  readonly requests: number;
  readonly clientErrors: number;
  readonly faults: number;
  readonly p50Ms: number | null;
  readonly p99Ms: number | null;
}

/**
 * The functions that served requests in the window, busiest first: the rest would draw empty bars.
 *
 * @example
 * functionRows(health)[0]?.name; // 'list-instances'
 */
export function functionRows(health: ServiceHealth): FunctionRow[] {
  return health.functions
    .filter((fn) => fn.requests > 0)
    .map(({ name, requests, clientErrors, faults, p50Ms, p99Ms }) => ({
      name,
      requests,
      clientErrors,
      faults,
      p50Ms: p50Ms === null ? null : Math.round(p50Ms),
      p99Ms: p99Ms === null ? null : Math.round(p99Ms),
    }))
    .sort((a, b) => b.requests - a.requests);
}

/**
 * One stacked bar per action taken or denied in the window: instances by outcome, and denied
 * callers. The actions nobody asked for are left out, as idle functions are: they would draw
 * empty bars.
 *
 * @example
 * actionRows(health); // [{ action: 'stop', succeeded: 4, unchanged: 0, refused: 1, failed: 0, denied: 2 }, …]
 */
export function actionRows(health: ServiceHealth): Record<string, string | number>[] {
  return health.actions
    .filter(
      (entry) => entry.denied > 0 || ACTION_OUTCOMES.some((outcome) => entry.outcomes[outcome] > 0),
    )
    .map((entry) => ({
      action: entry.action,
      ...Object.fromEntries(ACTION_OUTCOMES.map((outcome) => [outcome, entry.outcomes[outcome]])),
      denied: entry.denied,
    }));
}

/** One point of the health view's timeline: every function's requests and failures in a period. */
export interface TimelineRow {
  /** Epoch ms of the period's start. */
  readonly t: number;
  readonly requests: number;
  readonly clientErrors: number;
  readonly faults: number;
}

/**
 * Requests, client errors and faults per period, summed over every function, on the answer's
 * time axis: when a burst of errors began, which the totals per function cannot show. A period
 * with no data counts nothing (no function ran).
 *
 * @example
 * timelineRows(health)[0]; // { t: 1796072400000, requests: 12, clientErrors: 1, faults: 0 }
 */
export function timelineRows(health: ServiceHealth): TimelineRow[] {
  const sum = (index: number, key: 'requests' | 'clientErrors' | 'faults'): number =>
    health.functions.reduce((total, fn) => total + (fn.series[key][index] ?? 0), 0);
  return health.timestamps.map((timestamp, index) => ({
    t: Date.parse(timestamp),
    requests: sum(index, 'requests'),
    clientErrors: sum(index, 'clientErrors'),
    faults: sum(index, 'faults'),
  }));
}

// X-Ray answers at most 24 hours per search: longer ranges look at the last day.
const TRACE_WINDOW_OF: Partial<Record<MetricRange, TraceWindow>> = { '1h': '1h', '3h': '6h' };

/**
 * The Traces page's URL for a function's slowest traces over (about) the health view's range.
 *
 * @example
 * slowestTracesUrl('list-instances', '1h'); // '/traces?function=list-instances&sort=slowest'
 */
export function slowestTracesUrl(name: string, range: MetricRange): string {
  const search = new URLSearchParams({ function: name });
  const window = TRACE_WINDOW_OF[range] ?? '24h';
  if (window !== '1h') search.set('window', window);
  search.set('sort', 'slowest');
  return `/traces?${search.toString()}`;
}
