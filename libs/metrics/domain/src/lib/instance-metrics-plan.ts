import type {
  Instance,
  InstanceMetricKey,
  InstanceMetrics,
  MetricPoints,
  MetricRange,
  MetricSeries,
} from '@fleet/contract';
import { isBurstable } from './burstable';
import { choosePeriod } from './choose-period';
import { instanceMetricSpecs, type InstanceMetricSpec } from './instance-metric-catalogue';
import { RANGE_SECONDS } from './metric-ranges';
import { ec2InstanceQuery, type MetricQuery } from './metric-query';
import { monitoringKindOf, type MonitoringKind } from './monitoring';
import { roundPoints } from './round-points';
import { alignedWindow, timestampsOf, type TimeWindow } from './time-window';

/** What to ask CloudWatch for one instance's metrics view, and how to read the answer. */
export interface InstanceMetricsPlan {
  readonly region: string;
  readonly id: string;
  readonly range: MetricRange;
  readonly monitoring: MonitoringKind;
  readonly burstable: boolean;
  readonly window: TimeWindow;
  readonly specs: readonly InstanceMetricSpec[];
  /** One query per spec, in the same order: all of them fit one GetMetricData call. */
  readonly queries: readonly MetricQuery[];
}

/**
 * Plans an instance's metrics view: the window and period for the range and the instance's
 * monitoring, and the queries for the series its type publishes.
 *
 * @example
 * const plan = planInstanceMetrics(instance, '1d', Date.now());
 * const points = await reader.read(plan.region, plan.window, plan.queries);
 * return instanceMetricsOf(plan, points);
 */
export function planInstanceMetrics(
  instance: Pick<Instance, 'region' | 'id' | 'type' | 'monitoring'>,
  range: MetricRange,
  now: number,
): InstanceMetricsPlan {
  const monitoring = monitoringKindOf(instance.monitoring);
  const burstable = isBurstable(instance.type);
  const window = alignedWindow(now, RANGE_SECONDS[range], choosePeriod(range, monitoring));
  const specs = instanceMetricSpecs(burstable);
  const queries = specs.map((spec) => ec2InstanceQuery(instance.id, spec.metricName, spec.stat));
  return {
    region: instance.region,
    id: instance.id,
    range,
    monitoring,
    burstable,
    window,
    specs,
    queries,
  };
}

function seriesOf(spec: InstanceMetricSpec, points: MetricPoints, period: number): MetricSeries {
  const values = spec.perSecond
    ? points.map((value) => (value === null ? null : value / period))
    : points;
  return { unit: spec.unit, stat: spec.stat, points: roundPoints(values) };
}

/**
 * The metrics view from the plan and the aligned points of each of its queries (same order),
 * rates turned into per-second values, every value rounded to four significant digits.
 *
 * @example
 * instanceMetricsOf(plan, await reader.read(plan.region, plan.window, plan.queries));
 */
export function instanceMetricsOf(
  plan: InstanceMetricsPlan,
  points: readonly MetricPoints[],
): InstanceMetrics {
  if (points.length !== plan.specs.length) {
    throw new Error(`expected ${plan.specs.length} series, got ${points.length}`);
  }
  const series = Object.fromEntries(
    plan.specs.map((spec, i) => [spec.key, seriesOf(spec, points[i] ?? [], plan.window.period)]),
  ) as Record<InstanceMetricKey, MetricSeries>;
  return {
    region: plan.region,
    id: plan.id,
    range: plan.range,
    period: plan.window.period,
    start: new Date(plan.window.start).toISOString(),
    end: new Date(plan.window.end).toISOString(),
    monitoring: plan.monitoring,
    burstable: plan.burstable,
    timestamps: timestampsOf(plan.window),
    series,
  };
}
