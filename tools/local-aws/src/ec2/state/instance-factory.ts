import { integerBetween, pick, type Random } from '../../util/seeded-random';
import type { Impairment, InstanceRecord, StateEvent } from './instance-record';
import { instanceTypeInfo } from './instance-types';
import { availabilityZonesOf, subnetIdOf, vpcIdOf, zoneIndexOf } from './region-network';
import type { RegionFleet } from './region-fleet';

/** What a caller (RunInstances or the seeder) decides about a new instance; the rest is generated. */
export interface InstanceSpec {
  readonly instanceType: string;
  readonly imageId?: string;
  readonly availabilityZone?: string;
  readonly reservationId?: string;
  readonly keyName?: string;
  readonly platformDetails?: string;
  readonly tags?: Iterable<readonly [string, string]>;
  readonly detailedMonitoring?: boolean;
  readonly spot?: boolean;
  readonly hibernationConfigured?: boolean;
  readonly disableApiTermination?: boolean;
  readonly disableApiStop?: boolean;
  readonly impairment?: Impairment;
  /** The timeline; it must start with a `pending` event. */
  readonly events: StateEvent[];
}

/** `length` random lowercase hex digits. */
export function randomHex(random: Random, length: number): string {
  let hex = '';
  for (let i = 0; i < length; i++) hex += HEX[Math.floor(random() * 16)];
  return hex;
}

const HEX = '0123456789abcdef';

const PUBLIC_FIRST_OCTETS = [3, 13, 18, 34, 35, 52, 54] as const;

/** Builds a record with fresh ids and addresses and adds it to the region's fleet. */
export function createInstance(
  fleet: RegionFleet,
  random: Random,
  spec: InstanceSpec,
): InstanceRecord {
  const zones = availabilityZonesOf(fleet.region);
  const availabilityZone = spec.availabilityZone ?? pick(random, zones);
  const zoneIndex = zoneIndexOf(availabilityZone);
  const architecture = instanceTypeInfo(spec.instanceType)?.architecture ?? 'x86_64';
  const record: InstanceRecord = {
    instanceId: `i-${randomHex(random, 17)}`,
    reservationId: spec.reservationId ?? `r-${randomHex(random, 17)}`,
    region: fleet.region,
    ordinal: fleet.takeOrdinal(),
    availabilityZone,
    imageId: spec.imageId ?? `ami-${randomHex(random, 17)}`,
    instanceType: spec.instanceType,
    architecture,
    platformDetails: spec.platformDetails ?? 'Linux/UNIX',
    keyName: spec.keyName ?? 'fleet-default',
    privateIpAddress: `10.0.${zoneIndex * 64 + integerBetween(random, 0, 63)}.${integerBetween(random, 4, 254)}`,
    publicIpAddress: `${pick(random, PUBLIC_FIRST_OCTETS)}.${integerBetween(random, 0, 255)}.${integerBetween(random, 0, 255)}.${integerBetween(random, 1, 254)}`,
    vpcId: vpcIdOf(fleet.region),
    subnetId: subnetIdOf(availabilityZone),
    spot: spec.spot ?? false,
    hibernationConfigured: spec.hibernationConfigured ?? false,
    detailedMonitoring: spec.detailedMonitoring ?? false,
    disableApiTermination: spec.disableApiTermination ?? false,
    disableApiStop: spec.disableApiStop ?? false,
    impairment: spec.impairment ?? 'none',
    tags: new Map(spec.tags ?? []),
    events: spec.events,
    lastRebootAt: null,
    version: 0,
  };
  fleet.add(record);
  return record;
}
