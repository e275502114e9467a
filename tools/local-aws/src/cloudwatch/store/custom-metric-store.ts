import type { Dimension } from '../model/types';

/** One stored PutMetricData datum, reduced to what reads need. */
export interface StoredPoint {
  readonly timestampMs: number;
  readonly count: number;
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  /** `[value, count, …]` pairs when individual values are known (Value, Values/Counts). */
  readonly values: readonly number[] | undefined;
  readonly unit: string;
  readonly storageResolution: number;
}

/** A custom metric: its identity and its points in arrival order. */
export interface StoredMetric {
  readonly namespace: string;
  readonly metricName: string;
  /** Sorted by name: CloudWatch identifies a metric by its set of dimensions, not their order. */
  readonly dimensions: readonly Dimension[];
  readonly points: StoredPoint[];
}

/** Canonical dimension order, so `[A, B]` and `[B, A]` name the same metric. */
export function sortDimensions(dimensions: readonly Dimension[] | undefined): Dimension[] {
  return [...(dimensions ?? [])].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}

function keyOf(namespace: string, metricName: string, dimensions: readonly Dimension[]): string {
  return JSON.stringify([namespace, metricName, dimensions.map((d) => [d.Name, d.Value])]);
}

/** PutMetricData's memory: metrics per region, in-process, lost on restart. */
export class CustomMetricStore {
  private readonly regions = new Map<string, Map<string, StoredMetric>>();

  /** Adds a point to a metric, creating the metric on first use. */
  add(
    region: string,
    namespace: string,
    metricName: string,
    dimensions: readonly Dimension[],
    point: StoredPoint,
  ): void {
    let metrics = this.regions.get(region);
    if (!metrics) {
      metrics = new Map();
      this.regions.set(region, metrics);
    }
    const sorted = sortDimensions(dimensions);
    const key = keyOf(namespace, metricName, sorted);
    let metric = metrics.get(key);
    if (!metric) {
      metric = { namespace, metricName, dimensions: sorted, points: [] };
      metrics.set(key, metric);
    }
    metric.points.push(point);
  }

  /** The metric with exactly these dimensions, if any was put. */
  find(
    region: string,
    namespace: string,
    metricName: string,
    dimensions: readonly Dimension[],
  ): StoredMetric | undefined {
    return this.regions.get(region)?.get(keyOf(namespace, metricName, sortDimensions(dimensions)));
  }

  /** Every metric of the region. */
  all(region: string): readonly StoredMetric[] {
    return [...(this.regions.get(region)?.values() ?? [])];
  }
}
