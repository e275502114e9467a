import { failingChecks } from '../../fleet/failing-checks';
import type { InstanceProfile } from './profile';

/** Which status check a metric reports. */
export type StatusCheck = 'any' | 'instance' | 'system';

/**
 * 1 while the check fails, else 0. The fleet view only says an instance is impaired now, not since
 * when, so the failure covers its current running interval (stopping and starting heals it on AWS).
 */
export function statusCheckFailed(
  profile: InstanceProfile,
  check: StatusCheck,
  tMs: number,
  windowMs: number,
): number {
  if (profile.impairedFromMs === null || tMs + windowMs <= profile.impairedFromMs) return 0;
  if (check === 'any') return 1;
  // The same rule as DescribeInstanceStatus: a system failure fails the instance check too.
  return failingChecks(profile.impairment)[check] ? 1 : 0;
}
