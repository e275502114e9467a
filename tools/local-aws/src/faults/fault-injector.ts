import { seededRandom, type Random } from '../util/seeded-random';
import type { FaultConfig, FaultRule, InjectedError } from './fault-config';

/** What the injector decided for one call. */
export interface FaultDecision {
  readonly latencyMs: number;
  readonly error: InjectedError | undefined;
  /** Serve the call, then answer `InternalError` instead: the effect stays, the answer is lost. */
  readonly lostAnswer: boolean;
}

const NONE: FaultDecision = { latencyMs: 0, error: undefined, lostAnswer: false };

function matches(rule: FaultRule, service: string, action: string, region: string): boolean {
  const hit = (selector: string | undefined, value: string): boolean =>
    selector === undefined || selector === '*' || selector === value;
  return hit(rule.service, service) && hit(rule.action, action) && hit(rule.region, region);
}

/**
 * Rolls the dice of the configured fault rules. Every matching rule applies: latencies add up and
 * the first error drawn wins; a lost answer is drawn only where no error was. A probability of 1 always fires (the dice draw in [0, 1)).
 */
export class FaultInjector {
  private config: FaultConfig = {};
  private random: Random = seededRandom(1);
  /** How many times each rule (by index) has fired, for `times`. */
  private fired: number[] = [];

  constructor(config: FaultConfig = {}) {
    this.configure(config);
  }

  /** Replaces the configuration and reseeds the dice. */
  configure(config: FaultConfig): void {
    this.config = config;
    this.random = seededRandom(config.seed ?? 1);
    this.fired = [];
  }

  current(): FaultConfig {
    return this.config;
  }

  decide(service: string, action: string, region: string): FaultDecision {
    const rules = this.config.rules;
    if (!rules || rules.length === 0) return NONE;
    let latencyMs = 0;
    let error: InjectedError | undefined;
    let lostAnswer = false;
    for (const [index, rule] of rules.entries()) {
      if (!matches(rule, service, action, region)) continue;
      latencyMs += rule.latencyMs ?? 0;
      const fired = this.fired[index] ?? 0;
      if (error || (rule.times !== undefined && fired >= rule.times)) continue;
      if (this.roll(rule.requestLimitExceeded)) error = 'RequestLimitExceeded';
      else if (this.roll(rule.internalError)) error = 'InternalError';
      else if (this.roll(rule.unavailable)) error = 'Unavailable';
      else if (!lostAnswer && this.roll(rule.lostAnswer)) lostAnswer = true;
      else continue;
      this.fired[index] = fired + 1;
    }
    // An error answered before the call reaches the service leaves nothing to lose.
    return { latencyMs, error, lostAnswer: lostAnswer && !error };
  }

  private roll(probability: number | undefined): boolean {
    if (!probability) return false;
    return this.random() < probability;
  }
}
