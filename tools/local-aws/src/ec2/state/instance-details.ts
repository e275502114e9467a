import { seedFromString } from '../../util/seeded-random';
import type { InstanceRecord } from './instance-record';

/** A security group as an instance shows it. */
export interface GroupRef {
  readonly groupId: string;
  readonly groupName: string;
}

/**
 * What a real instance carries besides what the console reads — security groups, IAM profile,
 * root volume, network interface, MAC — derived from the instance's own id and key pair by
 * hashing, never drawn from the fleet's seeded sequence: adding them changed no instance that
 * seeding produces, and a reset or a state file reproduces them exactly.
 */
export interface InstanceDetails {
  readonly groups: readonly GroupRef[];
  readonly iamProfileArn: string;
  readonly iamProfileId: string;
  readonly rootVolumeId: string;
  readonly rootDeviceName: string;
  readonly networkInterfaceId: string;
  readonly attachmentId: string;
  readonly macAddress: string;
  readonly clientToken: string;
  readonly coreCount: number;
  readonly threadsPerCore: number;
}

function hex(text: string, length: number): string {
  let out = '';
  for (let salt = 0; out.length < length; salt += 1)
    out += seedFromString(`${text}#${salt}`).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** vCPUs of the common sizes; burstable and small sizes have one core. */
function cpuOf(instanceType: string): { coreCount: number; threadsPerCore: number } {
  const size = instanceType.split('.')[1] ?? 'large';
  const vcpus: Record<string, number> = {
    nano: 2,
    micro: 2,
    small: 2,
    medium: 2,
    large: 2,
    xlarge: 4,
    '2xlarge': 8,
    '4xlarge': 16,
    '8xlarge': 32,
  };
  const threads = instanceType.startsWith('t4g') || instanceType.includes('g.') ? 1 : 2;
  return { coreCount: Math.max(1, (vcpus[size] ?? 2) / threads), threadsPerCore: threads };
}

const cache = new WeakMap<InstanceRecord, { type: string; details: InstanceDetails }>();

/**
 * The derived details of an instance (cached per record while its type is unchanged).
 *
 * @example
 * detailsOf(record).groups; // [{ groupId: 'sg-…', groupName: 'payments-production' }, …]
 */
export function detailsOf(record: InstanceRecord): InstanceDetails {
  const known = cache.get(record);
  if (known && known.type === record.instanceType) return known.details;
  const id = record.instanceId;
  const role = record.keyName.replace(/[^A-Za-z0-9+=,.@_-]/g, '-');
  const mac = hex(`mac:${id}`, 10).match(/../g) ?? [];
  const details: InstanceDetails = {
    groups: [
      { groupId: `sg-${hex(`sg:${record.region}:${role}`, 17)}`, groupName: role },
      { groupId: `sg-${hex(`sg:${record.region}:default`, 17)}`, groupName: 'default' },
    ],
    iamProfileArn: `arn:aws:iam::123456789012:instance-profile/${role}-instance`,
    iamProfileId: `AIPA${hex(`iam:${role}`, 17).toUpperCase()}`,
    rootVolumeId: `vol-${hex(`vol:${id}`, 17)}`,
    rootDeviceName: record.platformDetails === 'Windows' ? '/dev/sda1' : '/dev/xvda',
    networkInterfaceId: `eni-${hex(`eni:${id}`, 17)}`,
    attachmentId: `eni-attach-${hex(`attach:${id}`, 17)}`,
    macAddress: ['0e', ...mac].join(':'),
    clientToken: `${hex(`token:${id}`, 8)}-${hex(`token2:${id}`, 4)}-4${hex(`token3:${id}`, 3)}`,
    ...cpuOf(record.instanceType),
  };
  cache.set(record, { type: record.instanceType, details });
  return details;
}
