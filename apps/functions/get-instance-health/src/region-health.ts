import type { Instance, InstanceAlarm, StatusChecks } from '@fleet/contract';
import type { InstanceStatusReader } from '@fleet/instances-ec2';
import type { AlarmReader } from '@fleet/metrics-cloudwatch';
import { alarmsByInstance } from '@fleet/metrics-domain';

/** What one region adds to an answer: checks and alarms by instance id. */
export interface RegionHealth {
  readonly checks: Map<string, StatusChecks>;
  readonly alarms: Map<string, InstanceAlarm[]>;
  readonly alarmsReadAt: number;
}

/**
 * One region's health of the given instances: one DescribeInstanceStatus for the running ones
 * (EC2 reports no others) beside the region's alarms (paged once, then cached), side by side.
 *
 * @example
 * const health = await regionHealth('eu-west-1', instances, statuses, alarms);
 */
export async function regionHealth(
  region: string,
  instances: readonly Instance[],
  statuses: InstanceStatusReader,
  alarms: AlarmReader,
): Promise<RegionHealth> {
  const running = instances.filter((instance) => instance.state === 'running');
  const [checks, read] = await Promise.all([
    running.length > 0
      ? statuses.checks(
          region,
          running.map((instance) => instance.id),
        )
      : new Map<string, StatusChecks>(),
    alarms.read(region),
  ]);
  return { checks, alarms: alarmsByInstance(read.alarms), alarmsReadAt: read.readAt };
}
