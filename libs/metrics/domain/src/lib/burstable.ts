// The burstable (CPU credit) families; only these publish CPUCreditUsage and CPUCreditBalance.
const BURSTABLE_FAMILIES = new Set(['t2', 't3', 't3a', 't4g']);

/**
 * Whether an instance type earns and spends CPU credits, decided by its family (`t3` of `t3.micro`).
 *
 * @example
 * isBurstable('t3a.small'); // true
 * isBurstable('m7g.large'); // false
 */
export function isBurstable(instanceType: string): boolean {
  const family = instanceType.split('.', 1)[0] ?? '';
  return BURSTABLE_FAMILIES.has(family);
}
