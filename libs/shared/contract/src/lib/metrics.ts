import * as z from 'zod/mini';
import { InstanceRefSchema, instanceRefList } from './instance';

/** The time ranges an instance's charts offer, newest data last. */
export const METRIC_RANGES = ['1h', '3h', '12h', '1d', '3d', '1w', '2w'] as const;
export const MetricRangeSchema = z.enum(METRIC_RANGES);
export type MetricRange = z.infer<typeof MetricRangeSchema>;

/** `GET /instances/{region}/{id}/metrics` query; the range defaults to the last hour, as the EC2 console does. */
export const InstanceMetricsQuerySchema = z.object({
  range: z._default(MetricRangeSchema, '1h'),
});

/** CloudWatch's unit names, after rates are turned into per-second values. */
export const MetricUnitSchema = z.enum(['Percent', 'Bytes/Second', 'Count/Second', 'Count']);
export type MetricUnit = z.infer<typeof MetricUnitSchema>;

/**
 * One value per timestamp of the shared time axis; `null` where CloudWatch has no datapoint (the
 * instance was stopped, or the period has not been published yet) — never a made-up zero.
 */
export const MetricPointsSchema = z.array(z.nullable(z.number()));
export type MetricPoints = z.infer<typeof MetricPointsSchema>;

/** A chartable series: its unit, the statistic behind it, and its points on the shared axis. */
export const MetricSeriesSchema = z.object({
  unit: MetricUnitSchema,
  /** CloudWatch statistic the points derive from (`Sum` for rates, divided by the period). */
  stat: z.enum(['Average', 'Sum', 'Maximum']),
  points: MetricPointsSchema,
});
export type MetricSeries = z.infer<typeof MetricSeriesSchema>;

/** The series of an instance's metrics view; the credit series exist for burstable types only. */
export const InstanceMetricSeriesSchema = z.object({
  /** `CPUUtilization`, average over each period. */
  cpu: MetricSeriesSchema,
  /** `NetworkIn`/`NetworkOut` as bytes per second. */
  networkIn: MetricSeriesSchema,
  networkOut: MetricSeriesSchema,
  /** `NetworkPacketsIn`/`NetworkPacketsOut` as packets per second. */
  networkPacketsIn: MetricSeriesSchema,
  networkPacketsOut: MetricSeriesSchema,
  /** `EBSReadOps`/`EBSWriteOps` as operations per second. */
  ebsReadOps: MetricSeriesSchema,
  ebsWriteOps: MetricSeriesSchema,
  /** `EBSReadBytes`/`EBSWriteBytes` as bytes per second. */
  ebsReadBytes: MetricSeriesSchema,
  ebsWriteBytes: MetricSeriesSchema,
  /** Status checks: 1 when the check failed at any time in the period, else 0. */
  statusCheckFailed: MetricSeriesSchema,
  statusCheckFailedInstance: MetricSeriesSchema,
  statusCheckFailedSystem: MetricSeriesSchema,
  /** Credits spent in each period (t2, t3, t3a, t4g only). */
  cpuCreditUsage: z.optional(MetricSeriesSchema),
  /** Credits banked, average over each period (t2, t3, t3a, t4g only). */
  cpuCreditBalance: z.optional(MetricSeriesSchema),
});
export type InstanceMetricSeries = z.infer<typeof InstanceMetricSeriesSchema>;
export type InstanceMetricKey = keyof InstanceMetricSeries;

/**
 * `GET /instances/{region}/{id}/metrics` answer. Every series shares `timestamps`: a regular axis
 * from `start` (inclusive) to `end` (exclusive) in steps of `period` seconds, ISO 8601, oldest first.
 */
export const InstanceMetricsSchema = z.extend(InstanceRefSchema, {
  range: MetricRangeSchema,
  /** Seconds per point. */
  period: z.number(),
  /** ISO 8601; the first timestamp. */
  start: z.string(),
  /** ISO 8601; exclusive: the last timestamp is `end - period`. */
  end: z.string(),
  /** `detailed` (1-minute data) only when the instance's monitoring is `enabled`. */
  monitoring: z.enum(['basic', 'detailed']),
  burstable: z.boolean(),
  timestamps: z.array(z.string()),
  series: InstanceMetricSeriesSchema,
});
export type InstanceMetrics = z.infer<typeof InstanceMetricsSchema>;

/** Most instances one sparklines request may name: a generous page of the dashboard's table. */
export const MAX_SPARKLINE_INSTANCES = 500;

/** `POST /metrics/cpu-sparklines` body. */
export const CpuSparklinesRequestSchema = z.object({
  instances: instanceRefList(MAX_SPARKLINE_INSTANCES),
});
export type CpuSparklinesRequest = z.infer<typeof CpuSparklinesRequestSchema>;

/** One instance's average CPU (Percent) on the shared axis; `null` where it has no datapoint. */
export const CpuSparklineSchema = z.extend(InstanceRefSchema, { points: MetricPointsSchema });
export type CpuSparkline = z.infer<typeof CpuSparklineSchema>;

/**
 * `POST /metrics/cpu-sparklines` answer: the last 24 hours, one sparkline per distinct instance
 * asked for, in the order asked. An instance CloudWatch knows nothing of gets only `null`s.
 */
export const CpuSparklinesSchema = z.object({
  period: z.number(),
  start: z.string(),
  end: z.string(),
  timestamps: z.array(z.string()),
  sparklines: z.array(CpuSparklineSchema),
});
export type CpuSparklines = z.infer<typeof CpuSparklinesSchema>;
