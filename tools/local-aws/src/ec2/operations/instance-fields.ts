import type { FieldReader } from '../state/filters';
import type { InstanceRecord } from '../state/instance-record';
import { STATE_CODES } from '../state/instance-record';
import { detailsOf, type GroupRef } from '../state/instance-details';
import { launchTimeAt, stateAt } from '../state/lifecycle';
import { privateDnsNameOf, publicDnsNameOf } from '../protocol/instance-xml';
import { isoTime } from '../protocol/xml';

// A terminated instance has left its security groups, as its document shows.
const groupsOf = (r: InstanceRecord, now: number): readonly GroupRef[] =>
  stateAt(r, now) === 'terminated' ? [] : detailsOf(r).groups;

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
    'key-name': (r) => r.keyName,
    platform: (r) => (r.platformDetails === 'Windows' ? 'windows' : undefined),
    'dns-name': (r) => publicDnsNameOf(r, stateAt(r, now)) || undefined,
    'private-dns-name': (r) => privateDnsNameOf(r, stateAt(r, now)) || undefined,
    'launch-time': (r) => isoTime(launchTimeAt(r, now)),
    'instance.group-id': (r) => groupsOf(r, now).map((group) => group.groupId),
    'instance.group-name': (r) => groupsOf(r, now).map((group) => group.groupName),
    'network-interface.network-interface-id': (r) =>
      stateAt(r, now) === 'terminated' ? undefined : detailsOf(r).networkInterfaceId,
    'iam-instance-profile.arn': (r) => detailsOf(r).iamProfileArn,
    'hibernation-options.configured': (r) => String(r.hibernationConfigured),
    // No instance is launched into a placement group here: the name is always empty.
    'placement-group-name': () => '',
  };
}

/** Tags of an instance, for the `tag:*`, `tag-key` and `tag-value` filters. */
export const instanceTags = (r: InstanceRecord): ReadonlyMap<string, string> => r.tags;
