import { noise } from './hash';
import type { InstanceProfile } from './profile';

/**
 * Network and EBS traffic of one sample, in totals per sample window (as CloudWatch reports
 * NetworkIn/EBSReadOps for EC2: bytes or operations during the 1- or 5-minute sample). Traffic
 * follows CPU: a fifth of the peak rate when idle, all of it at 100 %.
 */
function load(cpuPercent: number): number {
  return 0.2 + 0.8 * (cpuPercent / 100);
}

const salts = { networkIn: 0x2001, networkOut: 0x2002, ebsRead: 0x2003, ebsWrite: 0x2004 } as const;

function jitter(profile: InstanceProfile, salt: number, tSeconds: number): number {
  return 0.7 + 0.6 * noise(profile.seed ^ salt, Math.floor(tSeconds / 60));
}

/** NetworkIn bytes during the sample. */
export function networkInBytes(
  profile: InstanceProfile,
  tSeconds: number,
  windowSeconds: number,
  cpu: number,
): number {
  return Math.round(
    profile.networkBytesPerSecond *
      load(cpu) *
      jitter(profile, salts.networkIn, tSeconds) *
      windowSeconds,
  );
}

/** NetworkOut bytes during the sample. */
export function networkOutBytes(
  profile: InstanceProfile,
  tSeconds: number,
  windowSeconds: number,
  cpu: number,
): number {
  return Math.round(
    profile.networkBytesPerSecond *
      profile.networkOutRatio *
      load(cpu) *
      jitter(profile, salts.networkOut, tSeconds) *
      windowSeconds,
  );
}

/** Packets for a byte count, at the instance's typical packet size. */
export function packetsFor(profile: InstanceProfile, bytes: number): number {
  return Math.round(bytes / profile.packetBytes);
}

/** EBSReadOps during the sample. */
export function ebsReadOps(
  profile: InstanceProfile,
  tSeconds: number,
  windowSeconds: number,
  cpu: number,
): number {
  return Math.round(
    profile.ebsOpsPerSecond *
      profile.ebsReadRatio *
      load(cpu) *
      jitter(profile, salts.ebsRead, tSeconds) *
      windowSeconds,
  );
}

/** EBSWriteOps during the sample. */
export function ebsWriteOps(
  profile: InstanceProfile,
  tSeconds: number,
  windowSeconds: number,
  cpu: number,
): number {
  return Math.round(
    profile.ebsOpsPerSecond *
      (1 - profile.ebsReadRatio) *
      load(cpu) *
      jitter(profile, salts.ebsWrite, tSeconds) *
      windowSeconds,
  );
}

/** Bytes for an operation count, at the instance's typical I/O size. */
export function ebsBytesFor(profile: InstanceProfile, ops: number): number {
  return ops * profile.ebsIoBytes;
}
