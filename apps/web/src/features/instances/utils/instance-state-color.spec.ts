import { INSTANCE_STATES } from '@fleet/contract';
import { instanceStateColor } from './instance-state-color';

describe('instanceStateColor', () => {
  it('shows running as success and terminated as error', () => {
    expect(instanceStateColor('running')).toBe('success');
    expect(instanceStateColor('terminated')).toBe('error');
  });

  it('treats stopped as a calm resting state', () => {
    expect(instanceStateColor('stopped')).toBe('default');
  });

  it('has a colour for every state of the contract', () => {
    for (const state of INSTANCE_STATES) expect(instanceStateColor(state)).toBeDefined();
  });
});
