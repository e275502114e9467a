import type { Ec2BusEvent } from './event-envelope';
import { matchesPattern, type EventPattern } from './event-pattern';

/** A rule of the local default bus: its pattern and the URL its target is invoked at. */
export interface EventRule {
  readonly name: string;
  readonly pattern: EventPattern;
  /** e.g. serverless-offline's `http://127.0.0.1:<LAMBDA_PORT>/2015-03-31/functions/<name>/invocations`. */
  readonly target: string;
}

/** One event's fate, kept for the admin route (the newest 200). */
export interface Delivery {
  readonly eventId: string;
  readonly detailType: string;
  readonly instanceIds: readonly string[];
  readonly rules: readonly string[];
  readonly status: 'delivered' | 'unmatched' | 'failed' | 'disabled';
}

export interface BusSnapshot {
  readonly enabled: boolean;
  readonly rules: readonly EventRule[];
  readonly counts: Readonly<Record<Delivery['status'], number>>;
  /** Events put on the bus whose targets have not all answered yet. */
  readonly inFlight: number;
  readonly recent: readonly Delivery[];
}

const RECENT = 200;
const ATTEMPTS = 3;

function instanceIdsOf(event: Ec2BusEvent): string[] {
  const id = event.detail['instance-id'];
  return typeof id === 'string' ? [id] : [];
}

async function invoke(target: string, event: Ec2BusEvent): Promise<boolean> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      // EventBridge invokes its target asynchronously and Lambda retries a failed run. We ask
      // serverless-offline for a synchronous run instead, off the EC2 request's path (the emitter
      // does not await us): its "Event" invocation leaves the handler's promise unhandled, so one
      // throwing run would take the whole local API down. A function error is retried as Lambda
      // retries an asynchronous invocation.
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Amz-Invocation-Type': 'RequestResponse' },
        body: JSON.stringify(event),
      });
      await response.arrayBuffer();
      if (response.ok && !response.headers.get('x-amz-function-error')) return true;
    } catch {
      // Not listening (yet): EventBridge retries with back-off; so do we, briefly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
  return false;
}

/**
 * The local default event bus: EC2's events are matched against the rules and delivered to each
 * matching rule's target; an event no rule matches goes nowhere, as on EventBridge.
 */
export class LocalEventBus {
  private rules: EventRule[] = [];
  private enabled = true;
  private readonly recent: Delivery[] = [];
  private readonly counts = { delivered: 0, unmatched: 0, failed: 0, disabled: 0 };
  private inFlight = 0;

  /** Whether anything listens: with no rule, the emulator need not build events at all. */
  get active(): boolean {
    return this.enabled && this.rules.length > 0;
  }

  configure(options: { rules?: readonly EventRule[]; enabled?: boolean }): void {
    if (options.rules) this.rules = [...options.rules];
    if (options.enabled !== undefined) this.enabled = options.enabled;
  }

  snapshot(): BusSnapshot {
    return {
      enabled: this.enabled,
      rules: this.rules,
      counts: { ...this.counts },
      inFlight: this.inFlight,
      recent: [...this.recent],
    };
  }

  /** The names of the rules an event matches now (none while the bus is switched off). */
  matchingRules(event: Ec2BusEvent): string[] {
    if (!this.enabled) return [];
    return this.rules
      .filter((rule) => matchesPattern(rule.pattern, event))
      .map((rule) => rule.name);
  }

  /** Matches and delivers one event; resolves once every matching target has been invoked. */
  async put(event: Ec2BusEvent): Promise<Delivery> {
    const matched = this.enabled
      ? this.rules.filter((rule) => matchesPattern(rule.pattern, event))
      : [];
    this.inFlight += 1;
    const results = await Promise.all(matched.map((rule) => invoke(rule.target, event))).finally(
      () => (this.inFlight -= 1),
    );
    const status: Delivery['status'] = !this.enabled
      ? 'disabled'
      : matched.length === 0
        ? 'unmatched'
        : results.every(Boolean)
          ? 'delivered'
          : 'failed';
    const delivery: Delivery = {
      eventId: event.id,
      detailType: event['detail-type'],
      instanceIds: instanceIdsOf(event),
      rules: matched.map((rule) => rule.name),
      status,
    };
    this.counts[status] += 1;
    this.recent.push(delivery);
    if (this.recent.length > RECENT) this.recent.shift();
    return delivery;
  }
}
