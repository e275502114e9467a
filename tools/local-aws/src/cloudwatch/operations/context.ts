import type { AlarmStore } from '../alarms/alarm-store';
import type { MetricSources } from '../read-metric';

/** What every operation gets: the metric sources, the alarms, the clock and the caller's region. */
export interface OperationContext {
  readonly sources: MetricSources;
  /** The metric alarms (PutMetricAlarm, DescribeAlarms). */
  readonly alarms: AlarmStore;
  readonly region: string;
  /** Current time in ms; fixed per call so that one answer is consistent with itself. */
  readonly nowMs: number;
}
