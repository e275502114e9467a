import type { InstanceView } from '../../fleet/fleet-view';
import { invalidParameterValue } from '../errors';
import type {
  Dimension,
  DimensionFilter,
  ListMetricsInput,
  ListMetricsOutput,
  Metric,
} from '../model/types';
import { decodeNextToken, encodeNextToken, fingerprint } from '../next-token';
import { dayMs, hourMs } from '../period-rules';
import { ec2Metrics, ec2Namespace } from '../synthetic/ec2-metrics';
import type { OperationContext } from './context';

/** ListMetrics pages hold up to 500 metrics. */
export const listMetricsPageSize = 500;

/** ListMetrics only knows metrics with data in the last two weeks; RecentlyActive=PT3H narrows to three hours. */
const listedWindowMs = 14 * dayMs;
const recentlyActiveWindowMs = 3 * hourMs;

function ranSince(instance: InstanceView, sinceMs: number): boolean {
  return instance.runningIntervals.some(
    (interval) => interval.to === null || interval.to.getTime() > sinceMs,
  );
}

function syntheticMetrics(instances: readonly InstanceView[]): Metric[] {
  const metrics: Metric[] = [];
  const types = new Map<string, boolean>();
  for (const instance of instances) {
    types.set(
      instance.instanceType,
      (types.get(instance.instanceType) ?? false) || instance.burstable,
    );
    for (const definition of ec2Metrics) {
      if (definition.burstableOnly && !instance.burstable) continue;
      metrics.push({
        Namespace: ec2Namespace,
        MetricName: definition.name,
        Dimensions: [{ Name: 'InstanceId', Value: instance.instanceId }],
      });
    }
  }
  // The aggregates GetMetricData answers too: per instance type, and across the region.
  for (const [instanceType, burstable] of types) {
    for (const definition of ec2Metrics) {
      if (definition.burstableOnly && !burstable) continue;
      metrics.push({
        Namespace: ec2Namespace,
        MetricName: definition.name,
        Dimensions: [{ Name: 'InstanceType', Value: instanceType }],
      });
    }
  }
  if (instances.length > 0) {
    const anyBurstable = instances.some((instance) => instance.burstable);
    for (const definition of ec2Metrics) {
      if (definition.burstableOnly && !anyBurstable) continue;
      metrics.push({ Namespace: ec2Namespace, MetricName: definition.name, Dimensions: [] });
    }
  }
  return metrics;
}

function matchesDimensions(
  dimensions: readonly Dimension[],
  filters: readonly DimensionFilter[],
): boolean {
  return filters.every((filter) =>
    dimensions.some(
      (dimension) =>
        dimension.Name === filter.Name &&
        (filter.Value === undefined || dimension.Value === filter.Value),
    ),
  );
}

function sortKey(metric: Metric): string {
  return JSON.stringify([
    metric.Namespace,
    metric.MetricName,
    (metric.Dimensions ?? []).map((d) => [d.Name, d.Value]),
  ]);
}

/**
 * ListMetrics over the synthetic AWS/EC2 metrics of instances that ran in the last two weeks
 * (three hours with RecentlyActive=PT3H) and the custom metrics put in that window, filtered by
 * Namespace, MetricName and Dimensions, sorted, in pages of 500.
 */
export function listMetrics(context: OperationContext, input: ListMetricsInput): ListMetricsOutput {
  if (input.RecentlyActive !== undefined && input.RecentlyActive !== 'PT3H') {
    throw invalidParameterValue(
      `The value ${input.RecentlyActive} for parameter RecentlyActive is not valid: use PT3H.`,
    );
  }
  const filters = input.Dimensions ?? [];
  if (filters.length > 10)
    throw invalidParameterValue('The collection Dimensions must not have a size greater than 10.');
  const print = fingerprint('ListMetrics', input);
  const cursor = input.NextToken
    ? decodeNextToken(input.NextToken, print)
    : { offset: 0, nowMs: context.nowMs };
  const sinceMs = cursor.nowMs - (input.RecentlyActive ? recentlyActiveWindowMs : listedWindowMs);

  const active = context.sources.fleet
    .instances(context.region)
    .filter((instance) => ranSince(instance, sinceMs));
  const custom: Metric[] = context.sources.store
    .all(context.region)
    .filter((metric) => metric.points.some((point) => point.timestampMs >= sinceMs))
    .map((metric) => ({
      Namespace: metric.namespace,
      MetricName: metric.metricName,
      Dimensions: metric.dimensions,
    }));
  const matching = [...syntheticMetrics(active), ...custom]
    .filter((metric) => input.Namespace === undefined || metric.Namespace === input.Namespace)
    .filter((metric) => input.MetricName === undefined || metric.MetricName === input.MetricName)
    .filter((metric) => matchesDimensions(metric.Dimensions ?? [], filters))
    .map((metric) => ({ metric, key: sortKey(metric) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ metric }) => metric);

  const page = matching.slice(cursor.offset, cursor.offset + listMetricsPageSize);
  const nextOffset = cursor.offset + listMetricsPageSize;
  return {
    Metrics: page,
    ...(nextOffset < matching.length
      ? { NextToken: encodeNextToken(print, { offset: nextOffset, nowMs: cursor.nowMs }) }
      : {}),
  };
}
