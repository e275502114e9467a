import type { FieldReader } from '../state/filters';
import type { InstanceRecord } from '../state/instance-record';
import { STATE_CODES } from '../state/instance-record';
import { stateAt } from '../state/lifecycle';

/** The DescribeInstances filters the emulator supports besides the tag filters. */
export function instanceFilterFields(now: number): Record<string, FieldReader<InstanceRecord>> {
  return {
    'instance-id': (r) => r.instanceId,
    'instance-state-name': (r) => stateAt(r, now),
    'instance-state-code': (r) => String(STATE_CODES[stateAt(r, now)]),
    'instance-type': (r) => r.instanceType,
    'availability-zone': (r) => r.availabilityZone,
    'image-id': (r) => r.imageId,
    'vpc-id': (r) => r.vpcId,
    'subnet-id': (r) => r.subnetId,
    architecture: (r) => r.architecture,
    'platform-details': (r) => r.platformDetails,
    'private-ip-address': (r) => r.privateIpAddress,
    'ip-address': (r) => (stateAt(r, now) === 'running' ? r.publicIpAddress : undefined),
    'instance-lifecycle': (r) => (r.spot ? 'spot' : undefined),
    'monitoring-state': (r) => (r.detailedMonitoring ? 'enabled' : 'disabled'),
    'reservation-id': (r) => r.reservationId,
    'owner-id': () => '123456789012',
  };
}

/** Tags of an instance, for the `tag:*`, `tag-key` and `tag-value` filters. */
export const instanceTags = (r: InstanceRecord): ReadonlyMap<string, string> => r.tags;
