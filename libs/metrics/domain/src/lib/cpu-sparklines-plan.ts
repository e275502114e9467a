import type { CpuSparklines, InstanceRef, MetricPoints } from '@fleet/contract';
import {
  GET_METRIC_DATA_LIMITS,
  queriesPerCall,
  splitEvenly,
  type GetMetricDataLimits,
} from './get-metric-data-limits';
import { ec2InstanceQuery, type MetricQuery } from './metric-query';
import { roundPoints } from './round-points';
import { alignedWindow, pointCount, timestampsOf, type TimeWindow } from './time-window';
import { instanceKey } from '@fleet/fleet';

/** Sparklines show the last 24 hours. */
export const SPARKLINE_SECONDS = 24 * 60 * 60;

/**
 * 15 minutes: a multiple of basic monitoring's 5-minute samples (no empty buckets on a running
 * instance), and 96 points, about what a table cell's sparkline can draw.
 */
export const SPARKLINE_PERIOD = 15 * 60;

/** One GetMetricData call's worth of sparklines: instances of one region. */
export interface SparklineBatch {
  readonly region: string;
  readonly refs: readonly InstanceRef[];
  /** One CPU query per ref, in the same order. */
  readonly queries: readonly MetricQuery[];
}

/** The calls that read the sparklines of a set of instances. */
export interface CpuSparklinesPlan {
  readonly window: TimeWindow;
  /** The distinct instances asked for, in the order first asked. */
  readonly refs: readonly InstanceRef[];
  readonly batches: readonly SparklineBatch[];
}

const keyOf = instanceKey;

function distinct(refs: readonly InstanceRef[]): InstanceRef[] {
  const seen = new Map<string, InstanceRef>();
  for (const ref of refs)
    if (!seen.has(keyOf(ref))) seen.set(keyOf(ref), { region: ref.region, id: ref.id });
  return [...seen.values()];
}

/** Whether the caller may read an instance's metrics (its team scope). */
export type ReadableRef = (ref: InstanceRef) => boolean;

/**
 * Groups the readable instances per region (a call reads one region) and splits each region into
 * the fewest calls GetMetricData's limits allow: 500 queries and 100,800 datapoints per call.
 * Instances the caller may not read are not queried: they are answered like unknown ones.
 *
 * @example
 * const plan = planCpuSparklines(refs, Date.now());
 * const points = await Promise.all(plan.batches.map((b) => reader.read(b.region, plan.window, b.queries)));
 * return cpuSparklinesOf(plan, points);
 */
export function planCpuSparklines(
  refs: readonly InstanceRef[],
  now: number,
  readable: ReadableRef = () => true,
  limits: GetMetricDataLimits = GET_METRIC_DATA_LIMITS,
): CpuSparklinesPlan {
  const window = alignedWindow(now, SPARKLINE_SECONDS, SPARKLINE_PERIOD);
  const unique = distinct(refs);
  const queried = unique.filter(readable);
  const perCall = queriesPerCall(pointCount(window), limits);
  const regions = [...new Set(queried.map((ref) => ref.region))];
  const batches = regions.flatMap((region) =>
    splitEvenly(
      queried.filter((ref) => ref.region === region),
      perCall,
    ).map((batchRefs) => ({
      region,
      refs: batchRefs,
      queries: batchRefs.map((ref) => ec2InstanceQuery(ref.id, 'CPUUtilization', 'Average')),
    })),
  );
  return { window, refs: unique, batches };
}

/**
 * The sparklines answer from the points each batch's call returned (one array per batch, one
 * series per ref of the batch), in the order the instances were asked for; an instance that was
 * not queried (outside the caller's scope) gets only `null`s, exactly like an unknown one, so the
 * answer never tells whether it exists.
 *
 * @example
 * cpuSparklinesOf(plan, await Promise.all(plan.batches.map(read)));
 */
export function cpuSparklinesOf(
  plan: CpuSparklinesPlan,
  batchPoints: readonly (readonly MetricPoints[])[],
): CpuSparklines {
  const pointsByKey = new Map<string, MetricPoints>();
  plan.batches.forEach((batch, b) => {
    batch.refs.forEach((ref, i) => {
      const points = batchPoints[b]?.[i];
      if (!points) throw new Error(`no points for ${keyOf(ref)}`);
      pointsByKey.set(keyOf(ref), roundPoints(points));
    });
  });
  return {
    period: plan.window.period,
    start: new Date(plan.window.start).toISOString(),
    end: new Date(plan.window.end).toISOString(),
    timestamps: timestampsOf(plan.window),
    sparklines: plan.refs.map((ref) => ({
      region: ref.region,
      id: ref.id,
      points:
        pointsByKey.get(keyOf(ref)) ?? new Array<number | null>(pointCount(plan.window)).fill(null),
    })),
  };
}
