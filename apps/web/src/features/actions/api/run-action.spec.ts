import { actionBody } from './run-action';

describe('actionBody', () => {
  it('names a single instance by region and id', () => {
    expect(
      actionBody({ action: 'stop', targets: [{ region: 'eu-west-1', id: 'i-1' }], force: true }),
    ).toEqual({ region: 'eu-west-1', id: 'i-1', force: true });
  });

  it('lists several instances and sends a trimmed reason', () => {
    expect(
      actionBody({
        action: 'reboot',
        targets: [
          { region: 'eu-west-1', id: 'i-1' },
          { region: 'us-east-1', id: 'i-2' },
        ],
        reason: '  patching ',
      }),
    ).toEqual({
      instances: [
        { region: 'eu-west-1', id: 'i-1' },
        { region: 'us-east-1', id: 'i-2' },
      ],
      reason: 'patching',
    });
  });

  it('leaves a blank reason out', () => {
    expect(
      actionBody({ action: 'start', targets: [{ region: 'eu-west-1', id: 'i-1' }], reason: ' ' }),
    ).toEqual({
      region: 'eu-west-1',
      id: 'i-1',
    });
  });
});
