import type { Instance } from '@fleet/contract';

/** How often an instance's AWS/EC2 metrics are published. */
export type MonitoringKind = 'basic' | 'detailed';

/** Seconds between two datapoints of each monitoring kind. */
export const SAMPLE_SECONDS: Readonly<Record<MonitoringKind, number>> = {
  basic: 300,
  detailed: 60,
};

/**
 * The monitoring kind whose data the whole range is sure to hold. Only `enabled` means 1-minute
 * data: while detailed monitoring is `pending` the 1-minute data has not begun, and while it is
 * `disabling` it is ending, so a 1-minute period would show four gaps in five.
 *
 * @example
 * monitoringKindOf('enabled'); // 'detailed'
 * monitoringKindOf('pending'); // 'basic'
 */
export function monitoringKindOf(state: Instance['monitoring']): MonitoringKind {
  return state === 'enabled' ? 'detailed' : 'basic';
}
