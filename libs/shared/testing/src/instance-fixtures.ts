import type { Instance } from '@fleet/contract';

/**
 * A normalized instance for pure tests of listing rules; every field overridable.
 *
 * @example
 * const stopped = anInstance({ id: 'i-0000000000000000a', state: 'stopped' });
 */
export function anInstance(overrides: Partial<Instance> = {}): Instance {
  return {
    accountId: '123456789012',
    region: 'us-east-1',
    id: 'i-00000000000000001',
    name: 'web-01',
    state: 'running',
    type: 't3.micro',
    availabilityZone: 'us-east-1a',
    privateIp: '10.0.0.1',
    publicIp: null,
    launchTime: '2026-11-01T00:00:00.000Z',
    platform: 'Linux/UNIX',
    lifecycle: 'on-demand',
    monitoring: 'disabled',
    tags: {},
    ...overrides,
  };
}
