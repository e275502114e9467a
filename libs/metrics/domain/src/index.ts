export { RANGE_SECONDS, rangeSeconds } from './lib/metric-ranges';
export { MAX_RETENTION_SECONDS, finestRetainedPeriod } from './lib/retention';
export { SAMPLE_SECONDS, monitoringKindOf, type MonitoringKind } from './lib/monitoring';
export { isBurstable } from './lib/burstable';
export { MAX_POINTS_PER_SERIES, choosePeriod } from './lib/choose-period';
export { SIGNIFICANT_DIGITS, roundPoints } from './lib/round-points';
export { alignedWindow, pointCount, timestampsOf, type TimeWindow } from './lib/time-window';
export {
  ec2InstanceQuery,
  type InstanceStatistic,
  type MetricQuery,
  type MetricStatistic,
} from './lib/metric-query';
export {
  INSTANCE_METRIC_CATALOGUE,
  instanceMetricSpecs,
  type InstanceMetricSpec,
} from './lib/instance-metric-catalogue';
export {
  instanceMetricsOf,
  planInstanceMetrics,
  type InstanceMetricsPlan,
} from './lib/instance-metrics-plan';
export {
  GET_METRIC_DATA_LIMITS,
  callsNeeded,
  queriesPerCall,
  splitEvenly,
  type GetMetricDataLimits,
} from './lib/get-metric-data-limits';
export {
  SPARKLINE_PERIOD,
  SPARKLINE_SECONDS,
  cpuSparklinesOf,
  planCpuSparklines,
  type CpuSparklinesPlan,
  type ReadableRef,
  type SparklineBatch,
} from './lib/cpu-sparklines-plan';
export {
  PRODUCT_NAMESPACE,
  planServiceHealth,
  serviceHealthOf,
  type ServiceHealthPlan,
} from './lib/service-health-plan';
export {
  alarmsByInstance,
  watchedInstances,
  type AlarmDefinition,
  type AlarmDimension,
} from './lib/instance-alarms';
