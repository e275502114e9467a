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

// The pairs most charts draw, coloured alike on every chart: in/out and read/write.
function inOut(inKey: InstanceMetricKey, outKey: InstanceMetricKey): ChartSeries[] {
  return [
    { key: inKey, label: 'In', tone: 'info' },
    { key: outKey, label: 'Out', tone: 'secondary' },
  ];
}

function readWrite(readKey: InstanceMetricKey, writeKey: InstanceMetricKey): ChartSeries[] {
  return [
    { key: readKey, label: 'Read', tone: 'success' },
    { key: writeKey, label: 'Write', tone: 'warning' },
  ];
}

function chart(
  id: string,
  title: string,
  subtitle: string,
  format: MetricFormat,
  series: readonly ChartSeries[],
  options: Pick<MetricChartDefinition, 'step' | 'burstableOnly'> = {},
): MetricChartDefinition {
  return { id, title, subtitle, format, series, ...options };
}

/** The Monitoring tab's charts, in reading order. */
export const METRIC_CHARTS: readonly MetricChartDefinition[] = [
  chart('cpu', 'CPU utilization', 'Average, %', 'percent', [
    { key: 'cpu', label: 'CPU', tone: 'primary' },
  ]),
  chart(
    'network',
    'Network',
    'Bytes per second',
    'bytesPerSecond',
    inOut('networkIn', 'networkOut'),
  ),
  chart(
    'packets',
    'Network packets',
    'Packets per second',
    'packetsPerSecond',
    inOut('networkPacketsIn', 'networkPacketsOut'),
  ),
  chart(
    'ebs-ops',
    'EBS operations',
    'Operations per second',
    'opsPerSecond',
    readWrite('ebsReadOps', 'ebsWriteOps'),
  ),
  chart(
    'ebs-bytes',
    'EBS throughput',
    'Bytes per second',
    'bytesPerSecond',
    readWrite('ebsReadBytes', 'ebsWriteBytes'),
  ),
  chart(
    'status',
    'Status checks',
    'Failed at any time in the period',
    'status',
    [
      { key: 'statusCheckFailedInstance', label: 'Instance', tone: 'error' },
      { key: 'statusCheckFailedSystem', label: 'System', tone: 'warning' },
    ],
    { step: true },
  ),
  chart(
    'credit-balance',
    'CPU credit balance',
    'Credits banked, average',
    'credits',
    [{ key: 'cpuCreditBalance', label: 'Balance', tone: 'success' }],
    { burstableOnly: true },
  ),
  chart(
    'credit-usage',
    'CPU credit usage',
    'Credits spent per period',
    'credits',
    [{ key: 'cpuCreditUsage', label: 'Usage', tone: 'primary' }],
    { burstableOnly: true },
  ),
];

/** Every series key the charts draw. */
export const CHARTED_KEYS: readonly InstanceMetricKey[] = METRIC_CHARTS.flatMap((chart) =>
  chart.series.map((series) => series.key),
);

/** The charts an answer can fill: the credit charts only for a burstable instance. */
export function chartsFor(burstable: boolean): readonly MetricChartDefinition[] {
  return METRIC_CHARTS.filter((chart) => burstable || !chart.burstableOnly);
}
