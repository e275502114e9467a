import type { Instance } from '@fleet/contract';
import type { Traffic } from './traffic';

/** How much each scenario sends: the full suite's counts, or the short version's in `npm test`. */
export interface ScenarioCounts {
  /** Fuzzed requests per route. */
  readonly fuzzPerRoute: number;
  /** Concurrent copies of one keyed request. */
  readonly raceCopies: number;
  /** Concurrent actions on one instance. */
  readonly burst: number;
  /** Actions sent under each injected fault. */
  readonly faultRequests: number;
}

/** `npm run reliability`: what the issue asks for (`--fuzz N` raises the fuzzing). */
export const FULL_COUNTS: ScenarioCounts = {
  fuzzPerRoute: 300,
  raceCopies: 20,
  burst: 50,
  faultRequests: 40,
};

/** The short version in `npm test`: the same scenarios, a few seconds each. */
export const SHORT_COUNTS: ScenarioCounts = {
  fuzzPerRoute: 4,
  raceCopies: 8,
  burst: 10,
  faultRequests: 8,
};

/** What a scenario is given to act with. */
export interface ScenarioContext {
  readonly counts: ScenarioCounts;
  /**
   * The suite owns the stack (`npm run reliability`): it was reset before this scenario, and any
   * instance may be acted on. Otherwise (the shared stack of `npm test`) only reboots act.
   */
  readonly ownsStack: boolean;
  readonly traffic: Traffic;
  /** The fleet as the admin lists it when the scenario starts. */
  readonly fleet: readonly Instance[];
  /**
   * Preparation is over (instances brought to the state needed, workers warmed): the AWS calls
   * counted from here on are the scenario's. Preparation may start an instance behind the API's
   * back, which is not a mutation of the product.
   */
  ready(): Promise<void>;
  /** Records an expectation of this scenario beyond the table's columns (shown when false). */
  check(holds: boolean, what: string): void;
}

/** What a scenario tells the table besides what the stack counted. */
export interface ScenarioAct {
  /**
   * How many distinct Idempotency-Keys its actions used, when each names one instance: EC2
   * mutations beyond that number are duplicates even if the audit trail missed them.
   */
  readonly keys?: number;
}

/** One row of the reliability table. */
export interface Scenario {
  readonly name: string;
  act(context: ScenarioContext): Promise<ScenarioAct>;
}
