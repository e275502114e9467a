import type { CpuCharacter } from '../synthetic/profile';
import { cpuCharacterOf } from '../synthetic/profile';
import type { OperationContext } from '../operations/context';
import { AlarmStore } from '../alarms/alarm-store';
import { CustomMetricStore } from '../store/custom-metric-store';
import type { InstanceFixture } from './fleet-fixture';
import { fleetOf } from './fleet-fixture';

/** The fixed "now" of the unit tests: a Wednesday noon, UTC. */
export const testNow = new Date('2026-11-25T12:00:00Z');

/** An operation context over fixture instances, in eu-west-1 unless told otherwise. */
export function contextOf(
  fixtures: readonly InstanceFixture[],
  region = 'eu-west-1',
  now = testNow,
): OperationContext {
  return {
    sources: { fleet: fleetOf(fixtures), store: new CustomMetricStore() },
    alarms: new AlarmStore(),
    region,
    nowMs: now.getTime(),
  };
}

/** `testNow` minus a number of hours, as a Date. */
export function hoursAgo(hours: number, now = testNow): Date {
  return new Date(now.getTime() - hours * 3_600_000);
}

/** A MetricStat query on one instance's AWS/EC2 metric. */
export function ec2Query(
  id: string,
  instanceId: string,
  metricName: string,
  period: number,
  stat = 'Average',
) {
  return {
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/EC2',
        MetricName: metricName,
        Dimensions: [{ Name: 'InstanceId', Value: instanceId }],
      },
      Period: period,
      Stat: stat,
    },
  };
}

/** The first id of the form `i-0test…N` whose hash gives the wanted CPU character. */
export function instanceIdWithCharacter(character: CpuCharacter, skip = 0): string {
  let found = 0;
  for (let n = 0; n < 10_000; n += 1) {
    const id = `i-0test${n.toString(16).padStart(12, '0')}`;
    if (cpuCharacterOf(id) === character && found++ === skip) return id;
  }
  throw new Error(`no ${character} id found`);
}
