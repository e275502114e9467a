import type { TraceSummary as XRaySummary } from '@aws-sdk/client-xray';
import type { TraceCause, TraceSummary } from '@fleet/contract';
import { outcomeOf } from '@fleet/traces-domain';

type RootCauses = XRaySummary['ErrorRootCauses'] | XRaySummary['FaultRootCauses'];

function annotation(summary: XRaySummary, key: string): string | null {
  const value = summary.Annotations?.[key]?.[0]?.AnnotationValue;
  if (!value) return null;
  const scalar = value.StringValue ?? value.NumberValue ?? value.BooleanValue;
  return scalar === undefined ? null : String(scalar);
}

function causesOf(rootCauses: RootCauses): TraceCause[] {
  return (rootCauses ?? []).flatMap((rootCause) =>
    (rootCause.Services ?? []).flatMap((service) => {
      const path = service.EntityPath ?? [];
      const exception = path.at(-1)?.Exceptions?.[0];
      if (!exception) return [];
      return [
        {
          service: service.Name ?? '',
          path: path.map((entity) => entity.Name ?? ''),
          type: exception.Name ?? 'Error',
          message: exception.Message ?? '',
        },
      ];
    }),
  );
}

/**
 * One X-Ray trace summary as the API answers it: outcome from the flags, the entry point's HTTP
 * fields, the lambda kit's annotations (the function, never the authorizer), fault causes first.
 *
 * @example
 * const items = (answer.TraceSummaries ?? []).map(traceSummaryOf);
 */
export function traceSummaryOf(summary: XRaySummary): TraceSummary {
  const functionValues = (summary.Annotations?.function ?? []).map(
    (entry) => entry.AnnotationValue?.StringValue,
  );
  return {
    id: summary.Id ?? '',
    startedAt: (summary.StartTime ?? new Date(0)).toISOString(),
    latencyMs: Math.round((summary.ResponseTime ?? summary.Duration ?? 0) * 1000),
    outcome: outcomeOf({
      error: summary.HasError,
      throttle: summary.HasThrottle,
      fault: summary.HasFault,
    }),
    method: summary.Http?.HttpMethod ?? null,
    url: summary.Http?.HttpURL ?? null,
    status: summary.Http?.HttpStatus ?? null,
    function: functionValues.find((value) => value !== undefined) ?? null,
    action: annotation(summary, 'action'),
    user: annotation(summary, 'user'),
    errorCode: annotation(summary, 'errorCode'),
    causes: [...causesOf(summary.FaultRootCauses), ...causesOf(summary.ErrorRootCauses)],
  };
}
