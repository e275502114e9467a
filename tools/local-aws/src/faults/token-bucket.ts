import type { BucketSize } from './fault-config';

/**
 * A token bucket refilled continuously from the clock, without timers: the level is brought up to
 * date whenever a request asks for tokens.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly size: BucketSize,
    now: number,
  ) {
    this.tokens = size.capacity;
    this.updatedAt = now;
  }

  /** Takes `count` tokens if they are all there; otherwise takes none and answers false. */
  tryTake(count: number, now: number): boolean {
    this.refill(now);
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }

  /** Gives tokens back, when a second bucket of the same call refused it. */
  giveBack(count: number): void {
    this.tokens = Math.min(this.size.capacity, this.tokens + count);
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.size.capacity, this.tokens + elapsed * this.size.refillPerSecond);
    this.updatedAt = now;
  }
}
