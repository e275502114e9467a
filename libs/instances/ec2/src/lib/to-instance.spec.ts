import { toInstance } from './to-instance';

describe('toInstance', () => {
  it('normalizes an EC2 instance and its reservation into the model', () => {
    const instance = toInstance(
      'eu-west-1',
      { OwnerId: '123456789012' },
      {
        InstanceId: 'i-0123456789abcdef0',
        InstanceType: 'm7g.large',
        State: { Code: 16, Name: 'running' },
        Placement: { AvailabilityZone: 'eu-west-1b' },
        PrivateIpAddress: '10.0.1.5',
        PublicIpAddress: '54.1.2.3',
        LaunchTime: new Date('2026-11-01T10:00:00Z'),
        PlatformDetails: 'Linux/UNIX',
        InstanceLifecycle: 'spot',
        Monitoring: { State: 'enabled' },
        Tags: [
          { Key: 'Name', Value: 'search-indexer-01' },
          { Key: 'Team', Value: 'search' },
        ],
      },
    );

    expect(instance).toEqual({
      accountId: '123456789012',
      region: 'eu-west-1',
      id: 'i-0123456789abcdef0',
      name: 'search-indexer-01',
      state: 'running',
      type: 'm7g.large',
      availabilityZone: 'eu-west-1b',
      privateIp: '10.0.1.5',
      publicIp: '54.1.2.3',
      launchTime: '2026-11-01T10:00:00.000Z',
      platform: 'Linux/UNIX',
      lifecycle: 'spot',
      monitoring: 'enabled',
      tags: { Name: 'search-indexer-01', Team: 'search' },
    });
  });

  it('fills what EC2 leaves out: on-demand lifecycle, no name, no public IP', () => {
    const instance = toInstance(
      'us-east-1',
      {},
      { InstanceId: 'i-0123456789abcdef0', State: { Name: 'stopped' } },
    );

    expect(instance).toMatchObject({
      accountId: null,
      name: null,
      publicIp: null,
      lifecycle: 'on-demand',
      monitoring: 'disabled',
    });
  });
});
