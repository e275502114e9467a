import type { MetricAlarm } from '../model/types';

/**
 * The metric alarms of every region, in memory. `DescribeAlarms` lists them in alarm-name order,
 * as AWS does, so a page is a slice of the sorted names.
 */
export class AlarmStore {
  private readonly byRegion = new Map<string, Map<string, MetricAlarm>>();

  /** Creates or replaces the alarm of that name. */
  put(region: string, alarm: MetricAlarm): void {
    let alarms = this.byRegion.get(region);
    if (!alarms) {
      alarms = new Map();
      this.byRegion.set(region, alarms);
    }
    alarms.set(alarm.AlarmName, alarm);
  }

  get(region: string, name: string): MetricAlarm | undefined {
    return this.byRegion.get(region)?.get(name);
  }

  /** Every alarm of the region, sorted by name. */
  list(region: string): MetricAlarm[] {
    const alarms = [...(this.byRegion.get(region)?.values() ?? [])];
    return alarms.sort((a, b) =>
      a.AlarmName < b.AlarmName ? -1 : a.AlarmName > b.AlarmName ? 1 : 0,
    );
  }

  /** Forgets every alarm (a reset re-seeds them). */
  clear(): void {
    this.byRegion.clear();
  }
}
