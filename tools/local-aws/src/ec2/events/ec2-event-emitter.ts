import type { QueryParams } from '../protocol/query-params';
import type { Ec2State } from '../state/ec2-state';
import type { InstanceRecord } from '../state/instance-record';
import { cloudTrailEvent, stateChangeEvent, type Ec2BusEvent } from './event-envelope';
import type { LocalEventBus } from './local-event-bus';

/** A successful state-changing EC2 call, as the EC2 service reports it. */
export interface Ec2Mutation {
  readonly action: string;
  readonly region: string;
  readonly params: QueryParams;
  /** The inner XML of the answer (RunInstances' new ids are only there). */
  readonly answer: string;
  readonly now: number;
}

const items = (ids: readonly string[], key: string): { items: Record<string, string>[] } => ({
  items: ids.map((id) => ({ [key]: id })),
});

function changedIds(mutation: Ec2Mutation): string[] {
  const { action, params, answer } = mutation;
  if (action === 'RunInstances')
    return [...answer.matchAll(/<instanceId>(i-[0-9a-f]+)<\/instanceId>/g)].map((m) => m[1] ?? '');
  if (action === 'CreateTags' || action === 'DeleteTags')
    return params.list('ResourceId').filter((id) => id.startsWith('i-'));
  if (action === 'ModifyInstanceAttribute') return [params.get('InstanceId') ?? ''];
  return params.list('InstanceId');
}

function trailOf(mutation: Ec2Mutation, ids: readonly string[]): Ec2BusEvent {
  const { action, region, params, now } = mutation;
  switch (action) {
    case 'CreateTags':
    case 'DeleteTags':
      return cloudTrailEvent(
        region,
        action,
        { resourcesSet: items(params.list('ResourceId'), 'resourceId') },
        null,
        now,
      );
    case 'ModifyInstanceAttribute':
      return cloudTrailEvent(
        region,
        action,
        { instanceId: ids[0], attribute: params.get('Attribute') ?? null },
        null,
        now,
      );
    case 'RunInstances':
      return cloudTrailEvent(
        region,
        action,
        { instanceType: params.get('InstanceType') ?? 't3.micro', imageId: params.get('ImageId') },
        { instancesSet: items(ids, 'instanceId') },
        now,
      );
    default:
      return cloudTrailEvent(region, action, { instancesSet: items(ids, 'instanceId') }, null, now);
  }
}

/**
 * Turns EC2's changes into EventBridge events on the local bus: a CloudTrail-sourced event per
 * successful call, and a state-change notification each time an instance enters a state.
 *
 * States are computed lazily from timestamps, so a transition's end (`stopping → stopped`) has
 * no call to hang on. The emitter keeps the instances with a transition still under way and ONE
 * timer, armed for the earliest of their next state times; each firing emits what is due and
 * re-arms. Idle (nothing in transition) it holds no timer and no memory, whatever the fleet's
 * size; busy, its cost is per instance in transition, never per instance of the fleet.
 */
export class Ec2EventEmitter {
  /** Instances in transition → the time up to which their state events have been emitted. */
  private readonly watched = new Map<InstanceRecord, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly state: Ec2State,
    private readonly bus: LocalEventBus,
  ) {}

  /** How many instances are being followed (0 when idle). */
  get following(): number {
    return this.watched.size;
  }

  mutated(mutation: Ec2Mutation): void {
    if (!this.bus.active) return;
    const ids = changedIds(mutation).filter((id) => id.length > 0);
    void this.bus.put(trailOf(mutation, ids));
    const fleet = this.state.fleet(mutation.region);
    for (const id of ids) {
      const record = fleet?.get(id);
      // Events at or after the call are new; the instance's history before it was told already.
      if (record)
        this.watched.set(record, Math.min(this.watched.get(record) ?? Infinity, mutation.now - 1));
    }
    this.tick();
  }

  /** Stops the timer (the server is closing). */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.watched.clear();
  }

  private tick(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.state.now();
    let next = Infinity;
    for (const [record, emittedUpTo] of this.watched) {
      for (const event of record.events) {
        if (event.at > emittedUpTo && event.at <= now && this.bus.active)
          void this.bus.put(
            stateChangeEvent(record.region, record.instanceId, event.state, event.at),
          );
        if (event.at > now) next = Math.min(next, event.at);
      }
      if (record.events.some((event) => event.at > now)) this.watched.set(record, now);
      else this.watched.delete(record);
    }
    if (next !== Infinity) {
      this.timer = setTimeout(() => this.tick(), Math.max(1, next - now));
      this.timer.unref();
    }
  }
}
