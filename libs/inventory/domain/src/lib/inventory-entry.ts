import type { Instance } from '@fleet/contract';

/**
 * One instance as the inventory holds it: what EC2 answered and when the question was asked.
 * `instance` is absent for a tombstone — EC2 no longer knows the id — kept so that an older,
 * late observation cannot bring the instance back.
 */
export interface InventoryEntry {
  readonly id: string;
  /** Epoch ms at which the EC2 read that produced this entry was sent. */
  readonly observedAt: number;
  readonly instance?: Instance;
}

/**
 * An entry for an instance EC2 answered with.
 *
 * @example
 * const entry = observed(instance, Date.now());
 */
export function observed(instance: Instance, observedAt: number): InventoryEntry {
  return { id: instance.id, observedAt, instance };
}

/**
 * A tombstone: EC2 answered `InvalidInstanceID.NotFound` for the id when asked at `observedAt`.
 *
 * @example
 * const entry = gone('i-0123456789abcdef0', Date.now());
 */
export function gone(id: string, observedAt: number): InventoryEntry {
  return { id, observedAt };
}
