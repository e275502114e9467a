import { seedFromString } from '../../util/seeded-random';

/** The availability zones the emulator gives every region. */
export function availabilityZonesOf(region: string): string[] {
  return ['a', 'b', 'c'].map((letter) => `${region}${letter}`);
}

// Seeding 10,000 instances asks for the same few ids thousands of times.
const memo = new Map<string, string>();

function hexOf(text: string, length: number): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  let hex = '';
  let salt = 0;
  while (hex.length < length)
    hex += seedFromString(`${text}#${salt++}`).toString(16).padStart(8, '0');
  hex = hex.slice(0, length);
  memo.set(text, hex);
  return hex;
}

/** The default VPC of a region: stable ids derived from the region name. */
export function vpcIdOf(region: string): string {
  return `vpc-${hexOf(`vpc:${region}`, 17)}`;
}

/** The default subnet of a zone in the default VPC. */
export function subnetIdOf(availabilityZone: string): string {
  return `subnet-${hexOf(`subnet:${availabilityZone}`, 17)}`;
}

/** Zones are numbered from 0 in the order `availabilityZonesOf` returns them. */
export function zoneIndexOf(availabilityZone: string): number {
  return Math.max(0, availabilityZone.charCodeAt(availabilityZone.length - 1) - 97);
}
