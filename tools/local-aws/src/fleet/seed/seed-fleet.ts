import type { Ec2State } from '../../ec2/state/ec2-state';
import { createInstance } from '../../ec2/state/instance-factory';
import type { Impairment, InstanceRecord } from '../../ec2/state/instance-record';
import { pick, seededRandom, seedFromString, type Random } from '../../util/seeded-random';
import {
  ENVIRONMENT_SHORT,
  ENVIRONMENT_WEIGHTS,
  TEAMS,
  TYPES_BY_ENVIRONMENT,
  type Environment,
} from './catalog';
import { pickWeighted } from './pick-weighted';
import { seedHistory, type SeededEnding } from './seed-history';

/** Options of {@link seedFleet}. */
export interface SeedOptions {
  /** Total instances over all regions. */
  readonly instances: number;
  /** Same seed, same fleet (ids, names, states, histories). */
  readonly seed: string | number;
  /** The instant the histories end at (the emulator's start). */
  readonly now: number;
}

/** The share of the fleet each region gets: the first region is the main one. */
function regionCounts(regions: readonly string[], total: number): number[] {
  const weights = regions.map((_, i) => 1 / (i + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left--) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

function endingFor(random: Random, environment: Environment): SeededEnding {
  const roll = random();
  if (roll < 0.02) return 'terminated';
  const stoppedShare = environment === 'development' ? 0.4 : environment === 'staging' ? 0.2 : 0.06;
  return roll < 0.02 + stoppedShare ? 'stopped' : 'running';
}

function seedOne(
  state: Ec2State,
  region: string,
  random: Random,
  now: number,
  counters: Map<string, number>,
): InstanceRecord {
  const fleet = state.fleet(region);
  if (!fleet) throw new Error(`region ${region} is not configured`);
  const team = pick(random, TEAMS);
  const service = pick(random, team.services);
  const environment = pickWeighted(random, ENVIRONMENT_WEIGHTS);
  const prefix = `${team.team}-${service}-${ENVIRONMENT_SHORT[environment]}`;
  const index = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, index);
  const production = environment === 'production';
  const instanceType = pick(random, TYPES_BY_ENVIRONMENT[environment]);
  const ending = endingFor(random, environment);
  const pastStops = Math.floor(random() * (environment === 'development' ? 6 : 3));
  return createInstance(fleet, random, {
    instanceType,
    platformDetails: random() < 0.05 ? 'Windows' : 'Linux/UNIX',
    keyName: `${team.team}-${environment}`,
    tags: [
      ['Name', `${prefix}-${String(index).padStart(2, '0')}`],
      ['Team', team.team],
      ['Environment', environment],
      ['Owner', team.owner],
      ['CostCenter', team.costCenter],
    ],
    detailedMonitoring: production ? random() < 0.45 : random() < 0.05,
    spot: !production && random() < 0.08,
    hibernationConfigured: !instanceType.includes('g.') && random() < 0.1,
    disableApiTermination: production ? random() < 0.12 : random() < 0.01,
    disableApiStop: production && random() < 0.05,
    events: seedHistory(random, now, ending, pastStops),
  });
}

/** Marks one or two running instances of the first region as failing a status check. */
function impairSome(state: Ec2State, total: number): void {
  const first = state.regions[0];
  const running = first
    ? (state.fleet(first)?.instances ?? []).filter((r) => r.events.at(-1)?.state === 'running')
    : [];
  const impairments: Impairment[] = total >= 20 ? ['instance', 'system'] : ['instance'];
  impairments.forEach((impairment, i) => {
    // Spread them out so they don't both land on the first page of a listing.
    const record = running[Math.floor(((i + 1) * running.length) / (impairments.length + 1))];
    if (record) record.impairment = impairment;
  });
}

/**
 * Fills every configured region with a deterministic, realistic fleet: names like
 * `payments-api-prod-03`, Team/Environment/Owner/CostCenter tags, a mix of families (burstable
 * t3/t4g included), stopped, protected, spot and monitored instances, a past of stops and starts.
 *
 * Answers the seed sequence where the fleet left it, for what is seeded after it (alarms): drawing
 * more never changes the fleet a seed gives.
 *
 * @example
 * const rest = seedFleet(state, { instances: 60, seed: 'demo', now: Date.now() });
 */
export function seedFleet(state: Ec2State, options: SeedOptions): Random {
  const random = seededRandom(
    typeof options.seed === 'number' ? options.seed : seedFromString(options.seed),
  );
  const counts = regionCounts(state.regions, options.instances);
  state.regions.forEach((region, i) => {
    const names = new Map<string, number>();
    for (let n = 0; n < (counts[i] ?? 0); n++) seedOne(state, region, random, options.now, names);
  });
  impairSome(state, options.instances);
  return random;
}
