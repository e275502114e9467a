/** What DescribeInstanceTypes reports for one type (figures as published by AWS). */
export interface InstanceTypeInfo {
  readonly instanceType: string;
  readonly vCpus: number;
  readonly memoryMiB: number;
  readonly burstable: boolean;
  readonly architecture: 'x86_64' | 'arm64';
  readonly currentGeneration: boolean;
  readonly freeTierEligible: boolean;
}

function family(
  prefix: string,
  architecture: 'x86_64' | 'arm64',
  burstable: boolean,
  sizes: readonly (readonly [string, number, number])[],
): InstanceTypeInfo[] {
  return sizes.map(([size, vCpus, memoryGiB]) => ({
    instanceType: `${prefix}.${size}`,
    vCpus,
    memoryMiB: Math.round(memoryGiB * 1024),
    burstable,
    architecture,
    currentGeneration: true,
    freeTierEligible: `${prefix}.${size}` === 't3.micro' || `${prefix}.${size}` === 't4g.micro',
  }));
}

const BURSTABLE_SIZES = [
  ['nano', 2, 0.5],
  ['micro', 2, 1],
  ['small', 2, 2],
  ['medium', 2, 4],
  ['large', 2, 8],
  ['xlarge', 4, 16],
  ['2xlarge', 8, 32],
] as const;

const GENERAL_SIZES = [
  ['large', 2, 8],
  ['xlarge', 4, 16],
  ['2xlarge', 8, 32],
  ['4xlarge', 16, 64],
] as const;

const COMPUTE_SIZES = [
  ['large', 2, 4],
  ['xlarge', 4, 8],
  ['2xlarge', 8, 16],
  ['4xlarge', 16, 32],
] as const;

const MEMORY_SIZES = [
  ['large', 2, 16],
  ['xlarge', 4, 32],
  ['2xlarge', 8, 64],
  ['4xlarge', 16, 128],
] as const;

/** The instance types the emulator knows; RunInstances and DescribeInstanceTypes accept only these. */
export const INSTANCE_TYPES: readonly InstanceTypeInfo[] = [
  ...family('t3', 'x86_64', true, BURSTABLE_SIZES),
  ...family('t3a', 'x86_64', true, BURSTABLE_SIZES),
  ...family('t4g', 'arm64', true, BURSTABLE_SIZES),
  ...family('m5', 'x86_64', false, GENERAL_SIZES),
  ...family('m6i', 'x86_64', false, GENERAL_SIZES),
  ...family('m7g', 'arm64', false, GENERAL_SIZES),
  ...family('c5', 'x86_64', false, COMPUTE_SIZES),
  ...family('c6g', 'arm64', false, COMPUTE_SIZES),
  ...family('c7i', 'x86_64', false, COMPUTE_SIZES),
  ...family('r5', 'x86_64', false, MEMORY_SIZES),
  ...family('r6g', 'arm64', false, MEMORY_SIZES),
];

const BY_NAME = new Map(INSTANCE_TYPES.map((info) => [info.instanceType, info]));

/** Looks a type up by name (`t3.micro`). */
export function instanceTypeInfo(instanceType: string): InstanceTypeInfo | undefined {
  return BY_NAME.get(instanceType);
}
