/** One fault rule; omitted selectors (or `*`) match every service, action or region. */
export interface FaultRule {
  /** SigV4 service name: `ec2`, `monitoring`. */
  readonly service?: string;
  /** API action: `DescribeInstances`. */
  readonly action?: string;
  readonly region?: string;
  /** Probability in [0, 1] of answering `RequestLimitExceeded` (503 on EC2). */
  readonly requestLimitExceeded?: number;
  /** Probability in [0, 1] of answering `InternalError` (500). */
  readonly internalError?: number;
  /** Probability in [0, 1] of answering `Unavailable` (503). */
  readonly unavailable?: number;
  /**
   * Probability in [0, 1] of losing the answer: the call is served and takes effect, then the
   * client gets `InternalError` (500) instead of what the service said, as after a timeout on
   * the way back.
   */
  readonly lostAnswer?: number;
  /** Milliseconds added before the call is answered. */
  readonly latencyMs?: number;
  /**
   * The rule fires (an error or a lost answer) at most this many times, then is spent: "fail the
   * next 3 CreateTags" — the SDK's three attempts of one call — and let the one after through.
   */
  readonly times?: number;
}

/** Size and refill of one token bucket. */
export interface BucketSize {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

/** EC2's token-bucket throttling; off unless enabled. */
export interface ThrottlingConfig {
  readonly enabled: boolean;
  /** Per-action overrides of the request bucket (tests shrink them); AWS's sizes otherwise. */
  readonly buckets?: Readonly<Record<string, BucketSize>>;
}

/** Everything `GET|PUT /_local/faults` reads and writes. */
export interface FaultConfig {
  /** Seed of the dice, so a run with the same seed fails the same calls. */
  readonly seed?: number;
  readonly rules?: readonly FaultRule[];
  readonly throttling?: ThrottlingConfig;
}

/** The error families a fault can inject; each protocol renders them in its own words. */
export type InjectedError = 'RequestLimitExceeded' | 'InternalError' | 'Unavailable';

function probability(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1))
    throw new Error(`${name} must be a number in [0, 1]`);
  return value;
}

function count(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || (value as number) < 1)
    throw new Error(`${name} must be an integer >= 1`);
  return value as number;
}

function selector(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Error(`${name} must be a string`);
  return value;
}

/** Validates a fault configuration received over HTTP or from the environment. */
export function parseFaultConfig(input: unknown): FaultConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new Error('faults must be a JSON object');
  const raw = input as Record<string, unknown>;
  if (raw.seed !== undefined && !Number.isInteger(raw.seed))
    throw new Error('seed must be an integer');
  if (raw.rules !== undefined && !Array.isArray(raw.rules))
    throw new Error('rules must be an array');
  const rules = ((raw.rules as unknown[] | undefined) ?? []).map((value, i): FaultRule => {
    if (typeof value !== 'object' || value === null)
      throw new Error(`rules[${i}] must be an object`);
    const rule = value as Record<string, unknown>;
    const latency = rule.latencyMs;
    if (latency !== undefined && (typeof latency !== 'number' || latency < 0))
      throw new Error(`rules[${i}].latencyMs must be >= 0`);
    return {
      service: selector(rule.service, `rules[${i}].service`),
      action: selector(rule.action, `rules[${i}].action`),
      region: selector(rule.region, `rules[${i}].region`),
      requestLimitExceeded: probability(
        rule.requestLimitExceeded,
        `rules[${i}].requestLimitExceeded`,
      ),
      internalError: probability(rule.internalError, `rules[${i}].internalError`),
      unavailable: probability(rule.unavailable, `rules[${i}].unavailable`),
      lostAnswer: probability(rule.lostAnswer, `rules[${i}].lostAnswer`),
      latencyMs: latency as number | undefined,
      times: count(rule.times, `rules[${i}].times`),
    };
  });
  let throttling: ThrottlingConfig | undefined;
  if (raw.throttling !== undefined) {
    const t = raw.throttling as Record<string, unknown>;
    if (typeof t !== 'object' || t === null || typeof t.enabled !== 'boolean')
      throw new Error('throttling.enabled must be a boolean');
    const buckets = t.buckets as Record<string, BucketSize> | undefined;
    for (const [action, size] of Object.entries(buckets ?? {})) {
      if (!(size?.capacity > 0) || !(size.refillPerSecond >= 0))
        throw new Error(`throttling.buckets.${action} needs capacity > 0 and refillPerSecond >= 0`);
    }
    throttling = { enabled: t.enabled, buckets };
  }
  return { seed: raw.seed as number | undefined, rules, throttling };
}
