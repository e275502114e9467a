import type { InstanceView } from '../../fleet/fleet-view';
import { creditSpecOf } from './credit-specs';
import { hashString, mix, unit } from './hash';

/**
 * How an instance's CPU behaves, chosen once from its id hash so it never changes:
 * - `idle`: 0.5–5 %, barely a daily rhythm;
 * - `steady`: a 15–40 % base that follows the day (+ up to 25 % at the afternoon peak);
 * - `spiky`: a low 5–13 % base with 15-minute bursts to 60–95 % a few times a day;
 * - `pegged`: 96–100 %, always.
 */
export type CpuCharacter = 'idle' | 'steady' | 'spiky' | 'pegged';

/** Thresholds on the id hash: 30 % idle, 35 % steady, 20 % spiky, 15 % pegged. */
const characterCuts: ReadonlyArray<readonly [number, CpuCharacter]> = [
  [0.3, 'idle'],
  [0.65, 'steady'],
  [0.85, 'spiky'],
  [1, 'pegged'],
];

/** The CPU character of an instance id: a pure function of the id. */
export function cpuCharacterOf(instanceId: string): CpuCharacter {
  const u = unit(mix(hashString(instanceId), 0x43505543));
  for (const [cut, character] of characterCuts) if (u < cut) return character;
  return 'pegged';
}

/** Rough UTC offsets so that each region's fleet is busiest in its own afternoon. */
const regionUtcOffsetHours: Readonly<Record<string, number>> = {
  'us-east-1': -5,
  'us-east-2': -5,
  'us-west-1': -8,
  'us-west-2': -8,
  'ca-central-1': -5,
  'sa-east-1': -3,
  'eu-west-1': 0,
  'eu-west-2': 0,
  'eu-west-3': 1,
  'eu-central-1': 1,
  'eu-north-1': 1,
  'ap-south-1': 5.5,
  'ap-southeast-1': 8,
  'ap-southeast-2': 10,
  'ap-northeast-1': 9,
  'ap-northeast-2': 9,
};

/** Everything the metric generators need about one instance, derived once per query. */
export interface InstanceProfile {
  readonly instanceId: string;
  readonly seed: number;
  readonly character: CpuCharacter;
  /** Base CPU % of the character (steady: 15–40, spiky: 5–13). */
  readonly cpuBase: number;
  /** UTC minute of the day at which the instance is busiest (its region's 15:00 ± 2 h). */
  readonly peakMinuteUtc: number;
  /** Network bytes per second at 100 % CPU, and the share that goes out. */
  readonly networkBytesPerSecond: number;
  readonly networkOutRatio: number;
  readonly packetBytes: number;
  /** EBS operations per second at 100 % CPU, the read share and the I/O size. */
  readonly ebsOpsPerSecond: number;
  readonly ebsReadRatio: number;
  readonly ebsIoBytes: number;
  readonly vcpus: number;
  readonly maxCreditBalance: number;
  /** Start (ms) of the impaired stretch — the live running interval — or `null` if healthy. */
  readonly impairedFromMs: number | null;
  readonly impairment: InstanceView['impairment'];
}

function between(seed: number, salt: number, low: number, high: number): number {
  return low + unit(mix(seed, salt)) * (high - low);
}

/** Derives the profile of an instance; pure in the view's fields. */
export function profileOf(instance: InstanceView): InstanceProfile {
  const seed = hashString(instance.instanceId);
  const character = cpuCharacterOf(instance.instanceId);
  const cpuBase =
    character === 'steady'
      ? between(seed, 1, 15, 40)
      : character === 'spiky'
        ? between(seed, 1, 5, 13)
        : 0;
  const offset = regionUtcOffsetHours[instance.region] ?? 0;
  const live = instance.runningIntervals.find((interval) => interval.to === null);
  const credits = creditSpecOf(instance.instanceType);
  return {
    instanceId: instance.instanceId,
    seed,
    character,
    cpuBase,
    peakMinuteUtc: Math.floor(((((15 - offset + between(seed, 2, -2, 2)) % 24) + 24) % 24) * 60),
    networkBytesPerSecond: between(seed, 3, 50_000, 4_000_000),
    networkOutRatio: between(seed, 4, 0.3, 1.6),
    packetBytes: Math.round(between(seed, 5, 400, 1400)),
    ebsOpsPerSecond: between(seed, 6, 5, 400),
    ebsReadRatio: between(seed, 7, 0.2, 0.8),
    ebsIoBytes: 4096 * Math.round(between(seed, 8, 1, 16)),
    vcpus: credits.vcpus,
    maxCreditBalance: credits.maxBalance,
    impairedFromMs: instance.impairment !== 'none' && live ? live.from.getTime() : null,
    impairment: instance.impairment,
  };
}
