import type { ThrottlingConfig } from './fault-config';
import { RESOURCE_BUCKETS, requestBucketOf } from './ec2-throttle-limits';
import { TokenBucket } from './token-bucket';

/** The facts of one EC2 call that decide which buckets it draws from. */
export interface ThrottledCall {
  readonly region: string;
  readonly action: string;
  /** A filter, `MaxResults` or `NextToken` was given (EC2 then uses the larger bucket). */
  readonly filteredOrPaginated: boolean;
  /** Instances the call affects, for the resource buckets. */
  readonly resourceCount: number;
}

/**
 * EC2's throttling: one request bucket per action and region (per account, as on EC2), plus
 * resource buckets for the instance-launching and -stopping actions.
 */
export class Ec2Throttler {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly config: () => ThrottlingConfig | undefined) {}

  /** `true` when the call may proceed; `false` means `RequestLimitExceeded`. */
  admit(call: ThrottledCall, now: number): boolean {
    const config = this.config();
    if (!config?.enabled) return true;
    const request = requestBucketOf(call.action, call.filteredOrPaginated);
    const size = config.buckets?.[call.action] ?? request.size;
    const requestBucket = this.bucket(`${call.region}|req|${request.key}`, size, now);
    if (!requestBucket.tryTake(1, now)) return false;
    const resourceSize = RESOURCE_BUCKETS[call.action];
    if (resourceSize && call.resourceCount > 0) {
      const resourceBucket = this.bucket(`${call.region}|res|${call.action}`, resourceSize, now);
      if (!resourceBucket.tryTake(call.resourceCount, now)) {
        requestBucket.giveBack(1);
        return false;
      }
    }
    return true;
  }

  /** Forgets every bucket (they start full again), e.g. when the configuration changes. */
  reset(): void {
    this.buckets.clear();
  }

  private bucket(
    key: string,
    size: ConstructorParameters<typeof TokenBucket>[0],
    now: number,
  ): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new TokenBucket(size, now)));
    return bucket;
  }
}
