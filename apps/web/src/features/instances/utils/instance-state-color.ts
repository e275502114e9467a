import type { InstanceState } from '@fleet/contract';

/** Palette keys a Pill takes; the colours themselves come from the theme. */
export type StateChipColor = 'success' | 'info' | 'warning' | 'error' | 'default';

const STATE_COLORS: Record<InstanceState, StateChipColor> = {
  running: 'success',
  pending: 'info',
  stopping: 'warning',
  'shutting-down': 'warning',
  stopped: 'default',
  terminated: 'error',
};

/**
 * Green for running, amber for transitions, red for terminated, neutral for stopped: a stopped
 * instance is a normal resting state, not an alarm.
 *
 * @example
 * instanceStateColor('running'); // 'success'
 */
export function instanceStateColor(state: InstanceState): StateChipColor {
  return STATE_COLORS[state];
}
