/**
 * Small, fast integer hashing: every synthetic value is a pure function of (instance, metric, time),
 * so no series is ever stored and any time range costs only the samples it covers.
 */

/** FNV-1a over a string: the per-instance (or per-metric) seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a seed with an integer (murmur3's finaliser), well spread even for consecutive inputs. */
export function mix(seed: number, value: number): number {
  let h =
    (seed ^ Math.imul(value | 0, 0x9e3779b1) ^ Math.imul((value / 4294967296) | 0, 0x85ebca6b)) >>>
    0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A hash mapped to [0, 1). */
export function unit(hash: number): number {
  return hash / 4294967296;
}

/** A uniform number in [0, 1) for (seed, value). */
export function noise(seed: number, value: number): number {
  return unit(mix(seed, value));
}
