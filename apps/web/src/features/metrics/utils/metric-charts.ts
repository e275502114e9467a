import type { InstanceMetricKey } from '@fleet/contract';
import type { MetricFormat } from './format-metric';

/** Which theme colour a line takes; resolved against the palette of the active colour scheme. */
export type SeriesTone = 'primary' | 'secondary' | 'info' | 'success' | 'warning' | 'error';

export interface ChartSeries {
  key: InstanceMetricKey;
  label: string;
  tone: SeriesTone;
}

export interface MetricChartDefinition {
  id: string;
  title: string;
  /** What the numbers mean, under the title. */
  subtitle: string;
  format: MetricFormat;
  series: readonly ChartSeries[];
  /** Status checks are 0 or 1 for a whole period: steps, not slopes. */
  step?: boolean;
  /** Only for burstable types (t2, t3, t3a, t4g), whose answer holds the credit series. */
  burstableOnly?: boolean;
}

/** The Monitoring tab's charts, in reading order. */
export const METRIC_CHARTS: readonly MetricChartDefinition[] = [
  {
    id: 'cpu',
    title: 'CPU utilization',
    subtitle: 'Average, %',
    format: 'percent',
    series: [{ key: 'cpu', label: 'CPU', tone: 'primary' }],
  },
  {
    id: 'network',
    title: 'Network',
    subtitle: 'Bytes per second',
    format: 'bytesPerSecond',
    series: [
      { key: 'networkIn', label: 'In', tone: 'info' },
      { key: 'networkOut', label: 'Out', tone: 'secondary' },
    ],
  },
  {
    id: 'packets',
    title: 'Network packets',
    subtitle: 'Packets per second',
    format: 'packetsPerSecond',
    series: [
      { key: 'networkPacketsIn', label: 'In', tone: 'info' },
      { key: 'networkPacketsOut', label: 'Out', tone: 'secondary' },
    ],
  },
  {
    id: 'ebs-ops',
    title: 'EBS operations',
    subtitle: 'Operations per second',
    format: 'opsPerSecond',
    series: [
      { key: 'ebsReadOps', label: 'Read', tone: 'success' },
      { key: 'ebsWriteOps', label: 'Write', tone: 'warning' },
    ],
  },
  {
    id: 'ebs-bytes',
    title: 'EBS throughput',
    subtitle: 'Bytes per second',
    format: 'bytesPerSecond',
    series: [
      { key: 'ebsReadBytes', label: 'Read', tone: 'success' },
      { key: 'ebsWriteBytes', label: 'Write', tone: 'warning' },
    ],
  },
  {
    id: 'status',
    title: 'Status checks',
    subtitle: 'Failed at any time in the period',
    format: 'status',
    step: true,
    series: [
      { key: 'statusCheckFailedInstance', label: 'Instance', tone: 'error' },
      { key: 'statusCheckFailedSystem', label: 'System', tone: 'warning' },
    ],
  },
  {
    id: 'credit-balance',
    title: 'CPU credit balance',
    subtitle: 'Credits banked, average',
    format: 'credits',
    burstableOnly: true,
    series: [{ key: 'cpuCreditBalance', label: 'Balance', tone: 'success' }],
  },
  {
    id: 'credit-usage',
    title: 'CPU credit usage',
    subtitle: 'Credits spent per period',
    format: 'credits',
    burstableOnly: true,
    series: [{ key: 'cpuCreditUsage', label: 'Usage', tone: 'primary' }],
  },
];

/** Every series key the charts draw. */
export const CHARTED_KEYS: readonly InstanceMetricKey[] = METRIC_CHARTS.flatMap((chart) =>
  chart.series.map((series) => series.key),
);

/** The charts an answer can fill: the credit charts only for a burstable instance. */
export function chartsFor(burstable: boolean): readonly MetricChartDefinition[] {
  return METRIC_CHARTS.filter((chart) => burstable || !chart.burstableOnly);
}
