import type { FleetView, InstanceView } from '../fleet/fleet-view';
import type { BucketGrid } from './bucket-grid';
import type { Dimension, Metric } from './model/types';
import type { Buckets } from './statistics';
import { addSample, addStatisticSet, createBuckets } from './statistics';
import type { CustomMetricStore } from './store/custom-metric-store';
import { ec2MetricNamed, ec2Namespace } from './synthetic/ec2-metrics';
import { profileOf } from './synthetic/profile';
import { forEachRunningSample, sampleSecondsOf } from './synthetic/running-samples';

/** Where metrics come from: the fleet (synthetic AWS/EC2) and what PutMetricData stored. */
export interface MetricSources {
  readonly fleet: FleetView;
  readonly store: CustomMetricStore;
}

/** The sums of one metric over a grid, and the unit its data carries. */
export interface MetricReading {
  readonly buckets: Buckets;
  readonly unit: string | undefined;
}

/**
 * The instances an AWS/EC2 metric's dimensions select: one instance by `InstanceId`, every
 * instance of a type by `InstanceType` (an aggregate metric), the whole region with no dimension.
 */
export function instancesSelectedBy(
  fleet: FleetView,
  region: string,
  dimensions: readonly Dimension[],
): readonly InstanceView[] {
  if (dimensions.length === 0) return fleet.instances(region);
  if (dimensions.length !== 1) return [];
  const [only] = dimensions as [Dimension];
  if (only.Name === 'InstanceId') {
    const instance = fleet.instance(region, only.Value);
    return instance ? [instance] : [];
  }
  if (only.Name === 'InstanceType')
    return fleet.instances(region).filter((i) => i.instanceType === only.Value);
  return [];
}

function readSynthetic(
  sources: MetricSources,
  region: string,
  metric: Metric,
  unit: string | undefined,
  grid: BucketGrid,
  nowMs: number,
  buckets: Buckets,
): string | undefined {
  const definition = ec2MetricNamed(metric.MetricName ?? '');
  if (!definition || (unit !== undefined && unit !== definition.unit)) return undefined;
  const endMs = grid.startMs + grid.length * grid.periodMs;
  for (const instance of instancesSelectedBy(sources.fleet, region, metric.Dimensions ?? [])) {
    if (definition.burstableOnly && !instance.burstable) continue;
    const profile = profileOf(instance);
    const windowSeconds = sampleSecondsOf(instance);
    forEachRunningSample(instance, grid.startMs, endMs, nowMs, (tMs) => {
      const index = Math.floor((tMs - grid.startMs) / grid.periodMs);
      addSample(buckets, index, definition.sample(profile, tMs / 1000, windowSeconds));
    });
  }
  return definition.unit;
}

function readCustom(
  sources: MetricSources,
  region: string,
  metric: Metric,
  unit: string | undefined,
  grid: BucketGrid,
  nowMs: number,
  buckets: Buckets,
): string | undefined {
  const stored = sources.store.find(
    region,
    metric.Namespace ?? '',
    metric.MetricName ?? '',
    metric.Dimensions ?? [],
  );
  if (!stored) return undefined;
  const endMs = Math.min(grid.startMs + grid.length * grid.periodMs, nowMs + 2 * 3_600_000);
  let seenUnit: string | undefined;
  for (const point of stored.points) {
    if (point.timestampMs < grid.startMs || point.timestampMs >= endMs) continue;
    if (unit !== undefined && point.unit !== unit) continue;
    seenUnit ??= point.unit;
    const index = Math.floor((point.timestampMs - grid.startMs) / grid.periodMs);
    addStatisticSet(buckets, index, point);
  }
  return seenUnit;
}

/** Reads one metric (synthetic or custom) into per-period sums over the grid. */
export function readMetric(
  sources: MetricSources,
  region: string,
  metric: Metric,
  unit: string | undefined,
  grid: BucketGrid,
  nowMs: number,
  withValues: boolean,
): MetricReading {
  const buckets = createBuckets(grid.length, withValues);
  const read = metric.Namespace === ec2Namespace ? readSynthetic : readCustom;
  return { buckets, unit: read(sources, region, metric, unit, grid, nowMs, buckets) };
}
