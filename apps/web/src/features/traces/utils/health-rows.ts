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
