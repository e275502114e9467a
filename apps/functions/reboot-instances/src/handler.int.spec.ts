import { actionRoute, expectRefusedForState, refusalsOf } from '@fleet/testing';

const reboot = actionRoute('/instances/reboot', { team: 'payments', as: 'operator' });

describe('POST /instances/reboot', () => {
  it('refuses a stopped instance for its state and answers 409 when it is alone', async () => {
    const instance = await reboot.instance('stopped');

    expectRefusedForState(await refusalsOf(reboot, instance), 'stopped');
  });
});
