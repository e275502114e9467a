import { seedFromString } from '../../util/seeded-random';

/** The availability zones the emulator gives every region. */
export function availabilityZonesOf(region: string): string[] {
  return ['a', 'b', 'c'].map((letter) => `${region}${letter}`);
}

function hexOf(text: string, length: number): string {
  let hex = '';
  let salt = 0;
  while (hex.length < length) hex += seedFromString(`${text}#${salt++}`).toString(16).padStart(8, '0');
  return hex.slice(0, length);
}

/** The default VPC of a region: stable ids derived from the region name. */
export function vpcIdOf(region: string): string {
  return `vpc-${hexOf(`vpc:${region}`, 17)}`;
}

/** The default subnet of a zone in the default VPC. */
export function subnetIdOf(availabilityZone: string): string {
  return `subnet-${hexOf(`subnet:${availabilityZone}`, 17)}`;
}

/** The default security group of a region. */
export function securityGroupIdOf(region: string): string {
  return `sg-${hexOf(`sg:${region}`, 17)}`;
}

/** Zones are numbered from 0 in the order `availabilityZonesOf` returns them. */
export function zoneIndexOf(availabilityZone: string): number {
  return Math.max(0, availabilityZone.charCodeAt(availabilityZone.length - 1) - 97);
}
