import { reconciledOutcome } from './reconciled-outcome';

describe('reconciledOutcome', () => {
  it.each([
    ['stop', 'running', 'stopped', 'succeeded'],
    ['stop', 'running', 'running', 'unchanged'],
    ['start', 'stopped', 'running', 'succeeded'],
    ['terminate', 'running', 'shutting-down', 'succeeded'],
    ['stop', 'stopped', 'stopped', 'unchanged'],
    ['start', 'stopped', 'terminated', 'failed'],
    ['reboot', 'running', 'running', 'unchanged'],
  ] as const)('%s from %s, seen %s now: %s', (action, before, now, outcome) => {
    expect(reconciledOutcome(action, before, now)).toBe(outcome);
  });
});
