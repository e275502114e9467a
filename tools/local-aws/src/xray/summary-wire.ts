import { rootCauses } from './root-causes';
import type { AnnotationScalar } from './segment-document';
import type { TraceFacts } from './trace-summary';

function annotationValue(value: AnnotationScalar): Record<string, AnnotationScalar> {
  if (typeof value === 'number') return { NumberValue: value };
  if (typeof value === 'boolean') return { BooleanValue: value };
  return { StringValue: value };
}

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/**
 * A trace summary as GetTraceSummaries returns it (REST-JSON: timestamps in epoch seconds).
 *
 * @example
 * const wire = traceSummaryWire(traceFacts(trace));
 */
export function traceSummaryWire(facts: TraceFacts): Record<string, unknown> {
  const { http } = facts;
  return {
    Id: facts.id,
    StartTime: facts.startTime,
    Duration: round(facts.endTime - facts.startTime),
    ResponseTime: round(facts.responseTime),
    HasFault: facts.hasFault,
    HasError: facts.hasError,
    HasThrottle: facts.hasThrottle,
    IsPartial: false,
    Http: {
      ...(http.url ? { HttpURL: http.url } : {}),
      ...(http.status !== undefined ? { HttpStatus: http.status } : {}),
      ...(http.method ? { HttpMethod: http.method } : {}),
      ...(http.userAgent ? { UserAgent: http.userAgent } : {}),
      ...(http.clientIp ? { ClientIp: http.clientIp } : {}),
    },
    Annotations: Object.fromEntries(
      [...facts.annotations].map(([key, values]) => [
        key,
        values.map(({ value, service }) => ({
          AnnotationValue: annotationValue(value),
          ServiceIds: [service],
        })),
      ]),
    ),
    Users: facts.users.map((user) => ({ UserName: user, ServiceIds: [] })),
    ServiceIds: facts.services,
    ...(facts.entryPoint ? { EntryPoint: facts.entryPoint } : {}),
    ResourceARNs: [],
    InstanceIds: [],
    AvailabilityZones: [],
    FaultRootCauses: rootCauses(facts.segments, 'fault'),
    ErrorRootCauses: rootCauses(facts.segments, 'error'),
    ResponseTimeRootCauses: [],
    Revision: facts.revision,
  };
}
