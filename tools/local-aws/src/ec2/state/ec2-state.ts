import { seededRandom, type Random } from '../../util/seeded-random';
import { DEFAULT_DURATIONS, type TransitionDurations } from './durations';
import type { InstanceRecord } from './instance-record';
import { isListed } from './lifecycle';
import { RegionFleet } from './region-fleet';

/** The whole emulated EC2: one fleet per configured region, a clock and the transition timings. */
export class Ec2State {
  private readonly fleets = new Map<string, RegionFleet>();

  constructor(
    readonly regions: readonly string[],
    readonly durations: TransitionDurations = DEFAULT_DURATIONS,
    readonly now: () => number = Date.now,
    /** Draws ids and addresses of instances launched at run time. */
    public random: Random = seededRandom(Date.now()),
  ) {
    for (const region of regions) this.fleets.set(region, new RegionFleet(region));
  }

  /**
   * Forgets every instance and restarts the draws from `random`, so seeding again with the same
   * seed gives the fleet and the run-time ids of a fresh start (`POST /_local/reset`).
   */
  clear(random: Random): void {
    for (const region of this.regions) this.fleets.set(region, new RegionFleet(region));
    this.random = random;
  }

  /** The region's fleet, or `undefined` when the region is not configured. */
  fleet(region: string): RegionFleet | undefined {
    return this.fleets.get(region);
  }

  /** An instance as EC2 would find it now: gone once terminated past retention. */
  findListed(
    region: string,
    instanceId: string,
    now: number = this.now(),
  ): InstanceRecord | undefined {
    const record = this.fleets.get(region)?.get(instanceId);
    return record && isListed(record, now, this.durations) ? record : undefined;
  }

  /** Forgets instances terminated longer ago than the retention; cheap enough to call per request. */
  sweep(region: string, now: number = this.now()): void {
    const fleet = this.fleets.get(region);
    if (!fleet) return;
    fleet.remove((record) => !isListed(record, now, this.durations));
  }
}
