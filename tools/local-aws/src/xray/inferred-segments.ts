import { createHash } from 'node:crypto';
import type { SegmentDocument } from './segment-document';

// Downstream AWS services X-Ray draws as their own nodes, by the subsegment's name.
const ORIGIN_BY_SERVICE: Readonly<Record<string, string>> = {
  EC2: 'AWS::EC2',
  DynamoDB: 'AWS::DynamoDB::Table',
  CloudWatch: 'AWS::CloudWatch',
  XRay: 'AWS::XRay',
};

function inferredId(subsegmentId: string): string {
  return createHash('sha256').update(`inferred:${subsegmentId}`).digest('hex').slice(0, 16);
}

function inferredFrom(traceId: string, subsegment: SegmentDocument): SegmentDocument {
  return {
    id: inferredId(subsegment.id),
    name: subsegment.name,
    trace_id: traceId,
    parent_id: subsegment.id,
    start_time: subsegment.start_time,
    end_time: subsegment.end_time,
    inferred: true,
    origin:
      ORIGIN_BY_SERVICE[subsegment.name] ??
      (subsegment.namespace === 'aws' ? `AWS::${subsegment.name}` : 'remote'),
    ...(subsegment.http ? { http: subsegment.http } : {}),
    ...(subsegment.aws ? { aws: subsegment.aws } : {}),
    ...(subsegment.error ? { error: true } : {}),
    ...(subsegment.throttle ? { throttle: true } : {}),
    ...(subsegment.fault ? { fault: true } : {}),
    ...(subsegment.cause ? { cause: subsegment.cause } : {}),
  };
}

/** Every subsegment of an entity, depth first. */
export function subsegmentsOf(entity: SegmentDocument): SegmentDocument[] {
  return (entity.subsegments ?? []).flatMap((child) => [child, ...subsegmentsOf(child)]);
}

/**
 * The segments X-Ray infers for downstream calls: one per subsegment in the `aws` or `remote`
 * namespace (an EC2 or DynamoDB call), so the trace map shows the service that was called.
 *
 * @example
 * inferredSegments(trace.id, trace.segments); // [{ name: 'EC2', inferred: true, … }]
 */
export function inferredSegments(
  traceId: string,
  segments: readonly SegmentDocument[],
): SegmentDocument[] {
  return segments.flatMap((segment) =>
    subsegmentsOf(segment)
      .filter((subsegment) => subsegment.namespace === 'aws' || subsegment.namespace === 'remote')
      .map((subsegment) => inferredFrom(traceId, subsegment)),
  );
}
