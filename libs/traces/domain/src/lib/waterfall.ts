import type { TraceOutcome, TraceSpan } from '@fleet/contract';

/** The fields of a segment document a waterfall reads (X-Ray's segment document format). */
export interface SegmentEntity {
  readonly id: string;
  readonly name: string;
  readonly parent_id?: string;
  readonly start_time: number;
  readonly end_time?: number;
  readonly origin?: string;
  readonly namespace?: string;
  readonly inferred?: boolean;
  readonly aws?: { readonly operation?: string; readonly region?: string };
  readonly http?: { readonly response?: { readonly status?: number } };
  readonly error?: boolean;
  readonly throttle?: boolean;
  readonly fault?: boolean;
  readonly cause?:
    string | { readonly exceptions?: readonly { type?: string; message?: string }[] };
  readonly annotations?: Readonly<Record<string, string | number | boolean>>;
  readonly subsegments?: readonly SegmentEntity[];
}

/**
 * What an entity's flags say: `fault` over `throttle` over `error`, else `ok`.
 *
 * @example
 * outcomeOf({ error: true, throttle: true }); // 'throttle'
 */
export function outcomeOf(
  entity: Pick<SegmentEntity, 'error' | 'throttle' | 'fault'>,
): TraceOutcome {
  if (entity.fault) return 'fault';
  if (entity.throttle) return 'throttle';
  return entity.error ? 'error' : 'ok';
}

function causeOf(entity: SegmentEntity): TraceSpan['cause'] {
  const exception = typeof entity.cause === 'object' ? entity.cause.exceptions?.[0] : undefined;
  return exception ? { type: exception.type ?? 'Error', message: exception.message ?? '' } : null;
}

/**
 * A trace's segments as a waterfall: every segment and subsegment (inferred segments left out:
 * their call is already shown), depth-first under its parent, on a millisecond axis from the
 * trace's first start, with the AWS operation, region and status of AWS calls, flags, causes and
 * annotations.
 *
 * @example
 * const spans = waterfallOf(documents.map((text) => JSON.parse(text)));
 */
export function waterfallOf(segments: readonly SegmentEntity[]): TraceSpan[] {
  const real = segments.filter((segment) => !segment.inferred);
  if (real.length === 0) return [];
  const origin = Math.min(...real.map((segment) => segment.start_time));
  const ids = new Set<string>();
  const collect = (entity: SegmentEntity): void => {
    ids.add(entity.id);
    entity.subsegments?.forEach(collect);
  };
  real.forEach(collect);
  const children = new Map<string | null, SegmentEntity[]>();
  const place = (entity: SegmentEntity, parent: string | null): void => {
    children.set(parent, [...(children.get(parent) ?? []), entity]);
  };
  for (const segment of real)
    place(segment, segment.parent_id && ids.has(segment.parent_id) ? segment.parent_id : null);
  const spans: TraceSpan[] = [];
  const visit = (entity: SegmentEntity, parentId: string | null, depth: number): void => {
    const end = entity.end_time ?? entity.start_time;
    spans.push({
      id: entity.id,
      parentId,
      depth,
      name: entity.name,
      origin: entity.origin ?? null,
      namespace: entity.namespace ?? null,
      startMs: Math.round((entity.start_time - origin) * 1000 * 10) / 10,
      durationMs: Math.round((end - entity.start_time) * 1000 * 10) / 10,
      operation: entity.aws?.operation ?? null,
      region: entity.aws?.region ?? null,
      status: entity.http?.response?.status ?? null,
      outcome: outcomeOf(entity),
      cause: causeOf(entity),
      annotations: { ...entity.annotations },
    });
    const below = [...(entity.subsegments ?? []), ...(children.get(entity.id) ?? [])].sort(
      (a, b) => a.start_time - b.start_time,
    );
    for (const child of below) visit(child, entity.id, depth + 1);
  };
  for (const root of (children.get(null) ?? []).sort((a, b) => a.start_time - b.start_time))
    visit(root, null, 0);
  return spans;
}
