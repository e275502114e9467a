import { dailyRhythm } from './cpu';
import { noise } from './hash';
import type { InstanceProfile } from './profile';

/**
 * CPUCreditUsage of one sample: one credit is one vCPU at 100 % for one minute, so a sample
 * spends `vCPUs × CPU% × minutes`.
 */
export function creditUsage(profile: InstanceProfile, windowSeconds: number, cpu: number): number {
  return Math.round(profile.vcpus * (cpu / 100) * (windowSeconds / 60) * 1000) / 1000;
}

/**
 * CPUCreditBalance at the sample: a pure function of time rather than an integral of usage, so
 * that any range stays cheap. Idle instances sit near the maximum, pegged ones near zero, steady
 * and spiky ones drain during the day and refill at night.
 */
export function creditBalance(profile: InstanceProfile, tSeconds: number): number {
  const u = noise(profile.seed ^ 0x3001, Math.floor(tSeconds / 300));
  // Lagged by three hours: the balance is lowest after the busiest stretch, not at its peak.
  const drain = dailyRhythm(profile, tSeconds - 3 * 3600);
  let level: number;
  switch (profile.character) {
    case 'idle':
      level = 0.97 + 0.03 * u;
      break;
    case 'steady':
      level = 0.85 - 0.35 * drain + 0.02 * u;
      break;
    case 'spiky':
      level = 0.9 - 0.5 * drain + 0.05 * u;
      break;
    case 'pegged':
      level = 0.01 * u;
      break;
  }
  return Math.round(profile.maxCreditBalance * Math.min(1, Math.max(0, level)) * 100) / 100;
}
