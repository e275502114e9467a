import { noise } from './hash';
import type { InstanceProfile } from './profile';

const daySeconds = 86_400;
const dayMinutes = 1440;

/** The daily wave by minutes after the peak: a table, because a cosine per sample is the hot spot. */
const waveByMinute = Float64Array.from(
  { length: dayMinutes },
  (_, minute) => 0.5 + 0.5 * Math.cos((minute / dayMinutes) * 2 * Math.PI),
);

/**
 * The day's rhythm in [0, 1]: 1 at the instance's peak hour, 0 twelve hours later, and damped
 * to 60 % on Saturdays and Sundays (UTC), as office-hours fleets are.
 */
export function dailyRhythm(profile: InstanceProfile, tSeconds: number): number {
  const minuteOfDay = Math.floor((tSeconds % daySeconds) / 60);
  const wave = waveByMinute[(minuteOfDay - profile.peakMinuteUtc + dayMinutes) % dayMinutes] ?? 0;
  const weekday = (Math.floor(tSeconds / daySeconds) + 4) % 7; // 1970-01-01 was a Thursday (4)
  return weekday === 0 || weekday === 6 ? wave * 0.6 : wave;
}

/** Salts that keep one metric's noise independent of another's. */
const cpuNoiseSalt = 0x1001;
const spikeSalt = 0x1002;

/** Whether the 15-minute block holding `tSeconds` is a burst of a spiky instance (~10 % of blocks). */
function inSpike(profile: InstanceProfile, tSeconds: number): boolean {
  return noise(profile.seed ^ spikeSalt, Math.floor(tSeconds / 900)) < 0.1;
}

/** CPUUtilization (%) of the sample starting at `tSeconds`. */
export function cpuAt(profile: InstanceProfile, tSeconds: number): number {
  const u = noise(profile.seed ^ cpuNoiseSalt, Math.floor(tSeconds / 60));
  const rhythm = dailyRhythm(profile, tSeconds);
  let value: number;
  switch (profile.character) {
    case 'idle':
      value = 0.5 + 2 * rhythm + 2.5 * u;
      break;
    case 'steady':
      value = profile.cpuBase + 25 * rhythm + 8 * (u - 0.5);
      break;
    case 'spiky':
      value = inSpike(profile, tSeconds) ? 60 + 35 * u : profile.cpuBase + 6 * rhythm + 3 * u;
      break;
    case 'pegged':
      value = 96 + 4 * u;
      break;
  }
  return Math.round(Math.min(100, Math.max(0, value)) * 1000) / 1000;
}
