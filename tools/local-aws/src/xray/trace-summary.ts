import { inferredSegments, subsegmentsOf } from './inferred-segments';
import type { AnnotationScalar, SegmentDocument } from './segment-document';
import type { StoredTrace } from './trace-store';

/** A service as X-Ray names it in summaries: name and origin type. */
export interface ServiceId {
  readonly Name: string;
  readonly Names: string[];
  readonly Type: string;
}

/** What the filter expressions and the summary read of one trace. */
export interface TraceFacts {
  readonly id: string;
  readonly startTime: number;
  readonly endTime: number;
  readonly responseTime: number;
  readonly hasError: boolean;
  readonly hasFault: boolean;
  readonly hasThrottle: boolean;
  readonly http: {
    url?: string;
    method?: string;
    status?: number;
    userAgent?: string;
    clientIp?: string;
  };
  readonly annotations: ReadonlyMap<string, { value: AnnotationScalar; service: ServiceId }[]>;
  readonly services: readonly ServiceId[];
  readonly entryPoint: ServiceId | undefined;
  readonly users: readonly string[];
  /** Every segment, inferred ones included. */
  readonly segments: readonly SegmentDocument[];
  readonly revision: number;
}

function serviceIdOf(segment: SegmentDocument): ServiceId {
  return { Name: segment.name, Names: [segment.name], Type: segment.origin ?? 'client' };
}

function entitiesOf(segment: SegmentDocument): SegmentDocument[] {
  return [segment, ...subsegmentsOf(segment)];
}

function rootOf(segments: readonly SegmentDocument[]): SegmentDocument | undefined {
  const ids = new Set(
    segments.flatMap((segment) => entitiesOf(segment).map((entity) => entity.id)),
  );
  return (
    segments.find((segment) => !segment.parent_id || !ids.has(segment.parent_id)) ?? segments[0]
  );
}

function uniqueServices(segments: readonly SegmentDocument[]): ServiceId[] {
  const byKey = new Map<string, ServiceId>();
  for (const segment of segments)
    byKey.set(`${segment.name}|${segment.origin ?? ''}`, serviceIdOf(segment));
  return [...byKey.values()];
}

function annotationsOf(segments: readonly SegmentDocument[]): TraceFacts['annotations'] {
  const annotations = new Map<string, { value: AnnotationScalar; service: ServiceId }[]>();
  for (const segment of segments) {
    for (const entity of entitiesOf(segment)) {
      for (const [key, value] of Object.entries(entity.annotations ?? {})) {
        const values = annotations.get(key) ?? [];
        values.push({ value, service: serviceIdOf(segment) });
        annotations.set(key, values);
      }
    }
  }
  return annotations;
}

/**
 * Reads what X-Ray indexes of a trace: times, flags, the entry point's HTTP fields, annotations,
 * services (inferred ones included) and users.
 *
 * @example
 * const facts = traceFacts(store.get(traceId));
 */
export function traceFacts(trace: StoredTrace): TraceFacts {
  const segments = [...trace.segments, ...inferredSegments(trace.id, trace.segments)];
  const root = rootOf(trace.segments);
  const entities = segments.flatMap(entitiesOf);
  const startTime = Math.min(...segments.map((segment) => segment.start_time));
  const endTime = Math.max(...segments.map((segment) => segment.end_time ?? segment.start_time));
  const request = root?.http?.request;
  return {
    id: trace.id,
    startTime,
    endTime,
    responseTime: root ? (root.end_time ?? root.start_time) - root.start_time : 0,
    hasError: entities.some((entity) => entity.error === true),
    hasFault: entities.some((entity) => entity.fault === true),
    hasThrottle: entities.some((entity) => entity.throttle === true),
    http: {
      url: request?.url,
      method: request?.method,
      status: root?.http?.response?.status,
      userAgent: request?.user_agent,
      clientIp: request?.client_ip,
    },
    annotations: annotationsOf(trace.segments),
    services: uniqueServices(segments),
    entryPoint: root ? serviceIdOf(root) : undefined,
    users: [...new Set(trace.segments.flatMap((segment) => (segment.user ? [segment.user] : [])))],
    segments,
    revision: trace.revision,
  };
}
