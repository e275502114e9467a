import {
  ACTION_OUTCOMES,
  API_ROUTES,
  EVENT_FUNCTIONS,
  INSTANCE_ACTIONS,
  type ActionHealth,
  type FunctionHealth,
  type InstanceAction,
  type MetricPoints,
  type MetricRange,
  type ServiceHealth,
} from '@fleet/contract';
import { choosePeriod } from './choose-period';
import type { MetricQuery } from './metric-query';
import { rangeSeconds } from './metric-ranges';
import { alignedWindow, timestampsOf, type TimeWindow } from './time-window';

/** The namespace of the product's own metrics (`POWERTOOLS_METRICS_NAMESPACE`). */
export const PRODUCT_NAMESPACE = 'FleetConsole';

/** What the Service health view reads: the same queries over a series window and a total window. */
export interface ServiceHealthPlan {
  readonly range: MetricRange;
  /** Per period, for the charts. */
  readonly series: TimeWindow;
  /** One point covering the range, for totals and window-wide percentiles. */
  readonly total: TimeWindow;
  readonly functions: readonly string[];
  readonly actions: readonly { readonly action: InstanceAction; readonly fn: string }[];
  readonly queries: readonly MetricQuery[];
}

// Per function, in this order: what its `FunctionHealth` holds.
const FUNCTION_STATS = [
  ['Requests', 'Sum'],
  ['ClientErrors', 'Sum'],
  ['Faults', 'Sum'],
  ['Latency', 'p50'],
  ['Latency', 'p99'],
] as const;

// Every API function, by its route; each action by the function that serves it (the metrics
// carry the `service` dimension, so an action is read where it is emitted).
function actionFunctions(): { action: InstanceAction; fn: string }[] {
  return INSTANCE_ACTIONS.flatMap((action) => {
    const route = API_ROUTES.find((candidate) => candidate.permission === `instances:${action}`);
    return route ? [{ action, fn: route.operationId }] : [];
  });
}

const query = (
  metricName: string,
  stat: MetricQuery['stat'],
  dimensions: Record<string, string>,
): MetricQuery => ({ namespace: PRODUCT_NAMESPACE, metricName, dimensions, stat });

/**
 * The queries of the Service health view over `range` ending before `now`: requests, client
 * errors, faults and p50/p99 latency per function (the API's and the event functions');
 * outcomes and denied attempts per action.
 * About a hundred queries: one GetMetricData call per window.
 *
 * @example
 * const plan = planServiceHealth('1h', Date.now());
 * const [series, total] = await Promise.all([reader.read(region, plan.series, plan.queries), reader.read(region, plan.total, plan.queries)]);
 */
export function planServiceHealth(range: MetricRange, now: number): ServiceHealthPlan {
  const seconds = rangeSeconds(range);
  // The kit's metrics are high-resolution EMF: one-minute periods are kept for 15 days.
  const period = choosePeriod(range, 'detailed');
  const functions = [
    ...new Set([...API_ROUTES.map((route) => route.operationId), ...EVENT_FUNCTIONS]),
  ];
  const actions = actionFunctions();
  const queries = [
    ...functions.flatMap((fn) =>
      FUNCTION_STATS.map(([name, stat]) => query(name, stat, { service: fn })),
    ),
    ...actions.flatMap(({ action, fn }) => [
      ...ACTION_OUTCOMES.map((outcome) =>
        query('ActionOutcomes', 'Sum', { service: fn, action, outcome }),
      ),
      query('DeniedAttempts', 'Sum', { service: fn, action }),
    ]),
  ];
  // Unlike the instance charts, the current (unfinished) period is kept: an SRE looks here right
  // after something went wrong. The total is the same span in one period.
  const series = alignedWindow(now + period * 1000, seconds, period);
  const total = {
    start: series.start,
    end: series.end,
    period: (series.end - series.start) / 1000,
  };
  return {
    range,
    series,
    total,
    functions,
    actions,
    queries,
  };
}

const sum = (points: MetricPoints | undefined): number =>
  (points ?? []).reduce<number>((total, value) => total + (value ?? 0), 0);

const only = (points: MetricPoints | undefined): number | null => points?.[0] ?? null;

/**
 * The Service health answer from the plan and what CloudWatch returned for its queries, in
 * order: `series` over the series window, `totals` over the total window.
 *
 * @example
 * serviceHealthOf(plan, seriesPoints, totalPoints).functions[0]?.p99Ms;
 */
export function serviceHealthOf(
  plan: ServiceHealthPlan,
  series: readonly MetricPoints[],
  totals: readonly MetricPoints[],
): ServiceHealth {
  const width = FUNCTION_STATS.length;
  const functions = plan.functions.map((name, index): FunctionHealth => {
    const at = (offset: number): number => index * width + offset;
    const points = (offset: number): MetricPoints => series[at(offset)] ?? [];
    return {
      name,
      requests: sum(totals[at(0)]),
      clientErrors: sum(totals[at(1)]),
      faults: sum(totals[at(2)]),
      p50Ms: only(totals[at(3)]),
      p99Ms: only(totals[at(4)]),
      series: {
        requests: points(0),
        clientErrors: points(1),
        faults: points(2),
        p50Ms: points(3),
        p99Ms: points(4),
      },
    };
  });
  const base = plan.functions.length * width;
  const perAction = ACTION_OUTCOMES.length + 1;
  const actions = plan.actions.map(({ action }, index): ActionHealth => {
    const at = base + index * perAction;
    return {
      action,
      outcomes: Object.fromEntries(
        ACTION_OUTCOMES.map((outcome, offset) => [outcome, sum(totals[at + offset])]),
      ) as ActionHealth['outcomes'],
      denied: sum(totals[at + ACTION_OUTCOMES.length]),
    };
  });
  return {
    range: plan.range,
    period: plan.series.period,
    timestamps: timestampsOf(plan.series),
    functions,
    actions,
  };
}
