import type { InstanceState } from '@fleet/contract';

/** How often a page asks again while an instance on it is between states. */
export const SETTLING_POLL_MS = 2_000;

const SETTLED: ReadonlySet<InstanceState> = new Set(['running', 'stopped', 'terminated']);

/**
 * Whether an instance is still on its way somewhere (`pending`, `stopping`, `shutting-down`).
 *
 * @example
 * isSettling('stopping'); // true
 */
export function isSettling(state: InstanceState): boolean {
  return !SETTLED.has(state);
}

/**
 * The refetch interval for a query holding these instances: every 2 s while any of them is
 * settling, so the state chips follow it; none once all have settled.
 *
 * @example
 * settlingInterval([{ state: 'running' }]); // false
 */
export function settlingInterval(
  instances: readonly { state: InstanceState }[] | undefined,
): number | false {
  return instances?.some((instance) => isSettling(instance.state)) ? SETTLING_POLL_MS : false;
}
