import type { InstanceAlarm, StatusChecks } from '@fleet/contract';
import type { PillColor } from '../../../components/pill';

/** What a health cell shows: a short label, its colour, and the full sentence for tooltips and readers. */
export interface HealthSummary {
  readonly label: string;
  readonly color: PillColor;
  readonly description: string;
}

/**
 * The Status checks cell, as the EC2 console words it but shorter (the column says "checks"):
 * "2/2 passed" when both pass, fewer when one is impaired, "Initializing" while a started instance's checks run.
 *
 * @example
 * statusChecksSummary({ system: 'ok', instance: 'impaired' }).label; // '1/2 passed'
 */
export function statusChecksSummary(checks: StatusChecks): HealthSummary {
  const description = `System status check: ${checks.system}; instance status check: ${checks.instance}.`;
  const values = [checks.system, checks.instance];
  if (values.includes('impaired')) {
    const passed = values.filter((value) => value === 'ok').length;
    return { label: `${passed}/2 passed`, color: 'error', description };
  }
  if (values.includes('initializing')) return { label: 'Initializing', color: 'info', description };
  if (values.every((value) => value === 'ok'))
    return { label: '2/2 passed', color: 'success', description };
  return { label: 'No data', color: 'default', description };
}

/**
 * The Alarms cell: how many are firing, else OK, else "No data" (insufficient data); `null` with no alarm.
 *
 * @example
 * alarmsSummary([{ name: 'cpu-high', state: 'ALARM' }])?.label; // '1 in alarm'
 */
export function alarmsSummary(alarms: readonly InstanceAlarm[]): HealthSummary | null {
  if (alarms.length === 0) return null;
  const description = alarms.map((alarm) => `${alarm.name}: ${alarm.state}`).join('; ');
  const firing = alarms.filter((alarm) => alarm.state === 'ALARM').length;
  if (firing > 0) return { label: `${firing} in alarm`, color: 'error', description };
  const ok = alarms.filter((alarm) => alarm.state === 'OK').length;
  if (ok > 0) return { label: `${ok} OK`, color: 'success', description };
  return { label: 'No data', color: 'default', description };
}
