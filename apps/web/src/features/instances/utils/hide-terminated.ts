import { INSTANCE_STATES, type InstanceState } from '@fleet/contract';

/**
 * Whether the state filter hides terminated instances (and lets something else through).
 *
 * @example
 * hidesTerminated(['running']); // true
 * hidesTerminated([]); // false: no filter shows every state
 */
export function hidesTerminated(states: readonly InstanceState[]): boolean {
  return states.length > 0 && !states.includes('terminated');
}

/**
 * The state filter with terminated instances hidden or shown, leaving the other states as chosen:
 * hiding from "every state" means every state but terminated; showing them again where that was
 * all the filter did clears it.
 *
 * @example
 * withTerminated([], false); // ['pending', 'running', 'stopping', 'stopped', 'shutting-down']
 * withTerminated(['pending', 'running', 'shutting-down', 'stopping', 'stopped'], true); // []
 */
export function withTerminated(states: readonly InstanceState[], shown: boolean): InstanceState[] {
  const allButTerminated = INSTANCE_STATES.filter((state) => state !== 'terminated');
  if (!shown)
    return (states.length > 0 ? states : allButTerminated).filter((s) => s !== 'terminated');
  if (allButTerminated.every((state) => states.includes(state))) return [];
  return [...states, 'terminated'];
}
