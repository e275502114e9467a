import { parseSegmentDocument, type SegmentDocument } from './segment-document';

/** A trace as the store assembles it: its segments with every subsegment in place. */
export interface StoredTrace {
  readonly id: string;
  /** Top-level segments, independent subsegments merged into their parents. */
  readonly segments: readonly SegmentDocument[];
  /** When the store last received a document of this trace (ms). */
  readonly updatedAt: number;
  /** Documents received for this trace. */
  readonly revision: number;
}

interface TraceEntry {
  segments: Map<string, SegmentDocument>;
  subsegments: Map<string, SegmentDocument>;
  updatedAt: number;
  revision: number;
  /** The trace as last assembled; dropped when a document arrives. */
  assembled?: StoredTrace;
}

function withChild(entity: SegmentDocument, child: SegmentDocument): SegmentDocument {
  const others = (entity.subsegments ?? []).filter((existing) => existing.id !== child.id);
  return { ...entity, subsegments: [...others, child] };
}

// Puts `child` under the entity whose id is `parentId`, anywhere in `entity`'s tree.
function attach(
  entity: SegmentDocument,
  parentId: string,
  child: SegmentDocument,
): SegmentDocument | undefined {
  if (entity.id === parentId) return withChild(entity, child);
  const subsegments = entity.subsegments ?? [];
  for (let index = 0; index < subsegments.length; index++) {
    const replaced = attach(subsegments[index] as SegmentDocument, parentId, child);
    if (replaced) {
      const next = [...subsegments];
      next[index] = replaced;
      return { ...entity, subsegments: next };
    }
  }
  return undefined;
}

function stripEnvelope(document: SegmentDocument): SegmentDocument {
  // Merged into its parent, a subsegment no longer says it was sent on its own.
  const { type: _type, trace_id: _traceId, parent_id: _parentId, ...rest } = document;
  return rest;
}

/**
 * Keeps segment documents by trace, as X-Ray does: a later document with the same id replaces an
 * earlier one (an in-progress segment, then the closed one); independent subsegments are merged
 * into their parent entity when the trace is read, so the order they arrive in does not matter.
 * A trace is assembled once per change, not per read: every X-Ray query reads every trace in its
 * window, up to 20,000 of them. Traces older than the retention are dropped.
 */
export class TraceStore {
  private readonly traces = new Map<string, TraceEntry>();
  private refused = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly retentionMs = 30 * 24 * 3_600_000,
    private readonly maxTraces = 20_000,
  ) {}

  /**
   * Keeps one document from its text, whichever way it came (a datagram, a PutTraceSegments
   * upload), or counts it refused and throws why.
   *
   * @example
   * store.ingest(datagram, parseDatagram); // UDP
   * store.ingest(document); // PutTraceSegments
   */
  ingest(text: string, parse: (text: string) => SegmentDocument = parseSegmentDocument): void {
    let document: SegmentDocument;
    try {
      document = parse(text);
    } catch (error) {
      this.refused++;
      throw error;
    }
    this.put(document);
  }

  /** Documents refused so far, by every way in (the health route's `xray.rejected`). */
  get rejected(): number {
    return this.refused;
  }

  /** Traces held. */
  get size(): number {
    return this.traces.size;
  }

  /** Stores one document. */
  put(document: SegmentDocument): void {
    const traceId = document.trace_id as string;
    const entry: TraceEntry = this.traces.get(traceId) ?? {
      segments: new Map(),
      subsegments: new Map(),
      updatedAt: 0,
      revision: 0,
    };
    if (document.type === 'subsegment') entry.subsegments.set(document.id, document);
    else entry.segments.set(document.id, document);
    entry.updatedAt = this.now();
    entry.revision++;
    entry.assembled = undefined;
    this.traces.delete(traceId);
    this.traces.set(traceId, entry);
    this.evict();
  }

  /** One trace, assembled; undefined when unknown. */
  get(traceId: string): StoredTrace | undefined {
    const entry = this.traces.get(traceId);
    return entry ? assembled(traceId, entry) : undefined;
  }

  /** Every trace, oldest update first. */
  all(): StoredTrace[] {
    return [...this.traces].map(([id, entry]) => assembled(id, entry));
  }

  /** Forgets every trace and the refusals counted. */
  clear(): void {
    this.traces.clear();
    this.refused = 0;
  }

  private evict(): void {
    const oldest = this.now() - this.retentionMs;
    for (const [id, entry] of this.traces) {
      if (this.traces.size <= this.maxTraces && entry.updatedAt >= oldest) break;
      this.traces.delete(id);
    }
  }
}

// The same object until the trace changes, so what readers derive from it can be kept too.
function assembled(id: string, entry: TraceEntry): StoredTrace {
  entry.assembled ??= assemble(id, entry);
  return entry.assembled;
}

function assemble(id: string, entry: TraceEntry): StoredTrace {
  let segments = [...entry.segments.values()];
  let pending = [...entry.subsegments.values()];
  // A subsegment may hang under another independent subsegment: attach until nothing moves.
  for (let moved = true; moved && pending.length > 0;) {
    moved = false;
    const left: SegmentDocument[] = [];
    for (const subsegment of pending) {
      const child = stripEnvelope(subsegment);
      const parentId = subsegment.parent_id as string;
      let placed = false;
      segments = segments.map((segment) => {
        if (placed) return segment;
        const merged = attach(segment, parentId, child);
        placed = merged !== undefined;
        return merged ?? segment;
      });
      if (placed) moved = true;
      else left.push(subsegment);
    }
    pending = left;
  }
  return { id, segments, updatedAt: entry.updatedAt, revision: entry.revision };
}
