import type { InstanceState } from '@fleet/contract';
import { offeredAction } from './offered-action';

const instance = (state: InstanceState) => ({ region: 'eu-west-1', id: 'i-1', state, tags: {} });

describe('offeredAction', () => {
  it('does not offer start on a running instance, saying why', () => {
    expect(offeredAction('start', instance('running'))).toEqual({
      kind: 'unchanged',
      message: 'i-1 is already running.',
    });
  });

  it.each([
    ['start', 'stopped'],
    ['stop', 'running'],
    ['reboot', 'running'],
    ['terminate', 'stopped'],
  ] as const)('offers %s on a %s instance', (action, state) => {
    expect(offeredAction(action, instance(state)).kind).toBe('act');
  });

  it.each([
    ['stop', 'stopped'],
    ['reboot', 'stopped'],
    ['terminate', 'terminated'],
  ] as const)('does not offer %s on a %s instance', (action, state) => {
    expect(offeredAction(action, instance(state)).kind).not.toBe('act');
  });

  it('refuses terminate when termination protection is known to be on', () => {
    const verdict = offeredAction('terminate', instance('running'), {
      disableApiTermination: true,
    });

    expect(verdict).toMatchObject({ kind: 'refused', refusal: 'protected' });
  });
});
