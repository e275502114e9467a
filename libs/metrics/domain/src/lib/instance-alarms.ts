import type { AlarmState, InstanceAlarm } from '@fleet/contract';

/** A metric dimension as an alarm names it. */
export interface AlarmDimension {
  readonly name: string;
  readonly value: string;
}

/** What matching needs of a CloudWatch metric alarm (read by the adapter, with no rule applied). */
export interface AlarmDefinition {
  readonly name: string;
  readonly state: AlarmState;
  /** The single metric's dimensions; empty for a metric-math alarm. */
  readonly dimensions: readonly AlarmDimension[];
  /** Each metric-math member's metric dimensions; empty for a single-metric alarm. */
  readonly memberDimensions: readonly (readonly AlarmDimension[])[];
}

const INSTANCE_DIMENSION = 'InstanceId';
const STATE_ORDER: Record<AlarmState, number> = { ALARM: 0, INSUFFICIENT_DATA: 1, OK: 2 };

/**
 * The instances an alarm watches: every `InstanceId` dimension of its metric or of any of its
 * metric-math members (an expression over two instances watches both).
 *
 * @example
 * watchedInstances({ name: 'a', state: 'OK', dimensions: [{ name: 'InstanceId', value: 'i-1' }], memberDimensions: [] });
 * // ['i-1']
 */
export function watchedInstances(alarm: AlarmDefinition): string[] {
  const ids = [alarm.dimensions, ...alarm.memberDimensions]
    .flat()
    .filter((dimension) => dimension.name === INSTANCE_DIMENSION)
    .map((dimension) => dimension.value);
  return [...new Set(ids)];
}

/**
 * The alarms of each instance id, firing ones first (then insufficient data, then OK), by name
 * within a state. DescribeAlarms cannot filter by dimension, so this is done on every alarm of the
 * region at once.
 *
 * @example
 * alarmsByInstance(alarms).get('i-0abc1234'); // [{ name: 'i-0abc1234-cpu-high', state: 'ALARM' }]
 */
export function alarmsByInstance(alarms: readonly AlarmDefinition[]): Map<string, InstanceAlarm[]> {
  const byInstance = new Map<string, InstanceAlarm[]>();
  for (const alarm of alarms) {
    for (const id of watchedInstances(alarm)) {
      const list = byInstance.get(id) ?? [];
      list.push({ name: alarm.name, state: alarm.state });
      byInstance.set(id, list);
    }
  }
  for (const list of byInstance.values())
    list.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.name < b.name ? -1 : 1));
  return byInstance;
}
