import type { InstanceRecord } from './instance-record';

/**
 * The instances of one region. EC2 keeps regions fully separate, so each has its own store;
 * `instances` stays in creation order, which makes pagination stable.
 */
export class RegionFleet {
  readonly instances: InstanceRecord[] = [];
  private readonly byId = new Map<string, InstanceRecord>();
  private nextOrdinal = 0;

  constructor(readonly region: string) {}

  /** The ordinal the next added instance must carry. */
  takeOrdinal(): number {
    return this.nextOrdinal++;
  }

  add(record: InstanceRecord): void {
    this.instances.push(record);
    this.byId.set(record.instanceId, record);
    if (record.ordinal >= this.nextOrdinal) this.nextOrdinal = record.ordinal + 1;
  }

  get(instanceId: string): InstanceRecord | undefined {
    return this.byId.get(instanceId);
  }

  /** Drops records for good (terminated past retention), keeping memory bounded on long runs. */
  remove(predicate: (record: InstanceRecord) => boolean): void {
    let write = 0;
    for (const record of this.instances) {
      if (predicate(record)) this.byId.delete(record.instanceId);
      else this.instances[write++] = record;
    }
    this.instances.length = write;
  }
}
