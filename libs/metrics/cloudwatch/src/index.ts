export { cloudWatchClientCache, type CloudWatchClientFor } from './lib/cloudwatch-clients';
export { queryId, toMetricDataQueries } from './lib/metric-data-queries';
export { alignSeries } from './lib/align-series';
export { createMetricsReader, type MetricsReader } from './lib/metrics-reader';
export {
  createAlarmReader,
  type AlarmReader,
  type AlarmReaderOptions,
  type RegionAlarms,
} from './lib/alarm-reader';
