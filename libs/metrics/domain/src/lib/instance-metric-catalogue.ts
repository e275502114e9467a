import type { InstanceMetricKey, MetricUnit } from '@fleet/contract';
import type { InstanceStatistic } from './metric-query';

/** How one series of the instance view is read from CloudWatch and shown. */
export interface InstanceMetricSpec {
  readonly key: InstanceMetricKey;
  readonly metricName: string;
  readonly stat: InstanceStatistic;
  readonly unit: MetricUnit;
  /** A total per period (`Sum`) shown as a rate: divided by the period's seconds. */
  readonly perSecond: boolean;
  /** Published by burstable types only. */
  readonly burstableOnly: boolean;
}

function spec(
  key: InstanceMetricKey,
  metricName: string,
  stat: InstanceStatistic,
  unit: MetricUnit,
  options: { perSecond?: boolean; burstableOnly?: boolean } = {},
): InstanceMetricSpec {
  return {
    key,
    metricName,
    stat,
    unit,
    perSecond: options.perSecond ?? false,
    burstableOnly: options.burstableOnly ?? false,
  };
}

// Totals (bytes, packets, operations) are summed per period and turned into rates, so a chart
// reads the same whatever the period: 5-minute and 1-hour buckets of one workload look alike.
// Status checks use Maximum: one failed minute in a period marks the period as failed.
/** Every series of the instance metrics view, in the order the charts list them. */
export const INSTANCE_METRIC_CATALOGUE: readonly InstanceMetricSpec[] = [
  spec('cpu', 'CPUUtilization', 'Average', 'Percent'),
  spec('networkIn', 'NetworkIn', 'Sum', 'Bytes/Second', { perSecond: true }),
  spec('networkOut', 'NetworkOut', 'Sum', 'Bytes/Second', { perSecond: true }),
  spec('networkPacketsIn', 'NetworkPacketsIn', 'Sum', 'Count/Second', { perSecond: true }),
  spec('networkPacketsOut', 'NetworkPacketsOut', 'Sum', 'Count/Second', { perSecond: true }),
  spec('ebsReadOps', 'EBSReadOps', 'Sum', 'Count/Second', { perSecond: true }),
  spec('ebsWriteOps', 'EBSWriteOps', 'Sum', 'Count/Second', { perSecond: true }),
  spec('ebsReadBytes', 'EBSReadBytes', 'Sum', 'Bytes/Second', { perSecond: true }),
  spec('ebsWriteBytes', 'EBSWriteBytes', 'Sum', 'Bytes/Second', { perSecond: true }),
  spec('statusCheckFailed', 'StatusCheckFailed', 'Maximum', 'Count'),
  spec('statusCheckFailedInstance', 'StatusCheckFailed_Instance', 'Maximum', 'Count'),
  spec('statusCheckFailedSystem', 'StatusCheckFailed_System', 'Maximum', 'Count'),
  spec('cpuCreditUsage', 'CPUCreditUsage', 'Sum', 'Count', { burstableOnly: true }),
  spec('cpuCreditBalance', 'CPUCreditBalance', 'Average', 'Count', { burstableOnly: true }),
];

/**
 * The series an instance publishes: the credit series only for burstable types.
 *
 * @example
 * instanceMetricSpecs(true).map((spec) => spec.key); // [..., 'cpuCreditUsage', 'cpuCreditBalance']
 */
export function instanceMetricSpecs(burstable: boolean): readonly InstanceMetricSpec[] {
  return INSTANCE_METRIC_CATALOGUE.filter((candidate) => burstable || !candidate.burstableOnly);
}
