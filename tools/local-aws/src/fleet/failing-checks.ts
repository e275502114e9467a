/** Which status check an instance was made to fail (seeded, never changed by the API). */
export type Impairment = 'none' | 'instance' | 'system';

/**
 * The one rule both EC2's DescribeInstanceStatus and CloudWatch's StatusCheckFailed_* metrics
 * follow: a failing **system** check (the host) makes the instance unreachable too, so its
 * instance check fails with it; a failing instance check leaves the system check passing.
 *
 * @example
 * failingChecks('system'); // { system: true, instance: true }
 */
export function failingChecks(impairment: Impairment): { system: boolean; instance: boolean } {
  return { system: impairment === 'system', instance: impairment !== 'none' };
}
