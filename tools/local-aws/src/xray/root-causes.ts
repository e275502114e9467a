import type { SegmentDocument, SegmentException } from './segment-document';

/** One entity on the path to a root cause (X-Ray's `EntityPath`). */
export interface RootCauseEntity {
  readonly Name: string;
  readonly Exceptions?: { Name?: string; Message?: string }[];
  readonly Remote?: boolean;
}

/** A service holding a root cause (X-Ray's `ErrorRootCauseService` / `FaultRootCauseService`). */
export interface RootCauseService {
  readonly Name: string;
  readonly Names: string[];
  readonly Type: string;
  readonly EntityPath: RootCauseEntity[];
  readonly Inferred: boolean;
}

function exceptionsOf(entity: SegmentDocument): readonly SegmentException[] {
  return typeof entity.cause === 'object' ? (entity.cause.exceptions ?? []) : [];
}

// The deepest path from `entity` to a flagged entity that names its exceptions.
function deepestPath(
  entity: SegmentDocument,
  flagged: (entity: SegmentDocument) => boolean,
): SegmentDocument[] | undefined {
  for (const child of entity.subsegments ?? []) {
    const below = deepestPath(child, flagged);
    if (below) return [entity, ...below];
  }
  return flagged(entity) && exceptionsOf(entity).length > 0 ? [entity] : undefined;
}

/**
 * The root causes of one kind (`fault`, or `error` which throttles are part of) in a trace: per
 * segment, the path to the deepest flagged entity and the exceptions it recorded.
 *
 * @example
 * rootCauses(segments, 'fault'); // [{ Services: [{ Name: 'stop-instances', EntityPath: […] }] }]
 */
export function rootCauses(
  segments: readonly SegmentDocument[],
  kind: 'error' | 'fault',
): { Services: RootCauseService[]; ClientImpacting: boolean }[] {
  const flagged = (entity: SegmentDocument): boolean =>
    kind === 'fault' ? entity.fault === true : entity.error === true || entity.throttle === true;
  const services = segments.flatMap((segment): RootCauseService[] => {
    const path = deepestPath(segment, flagged);
    if (!path) return [];
    return [
      {
        Name: segment.name,
        Names: [segment.name],
        Type: segment.origin ?? 'client',
        Inferred: segment.inferred === true,
        EntityPath: path.map((entity, index) => ({
          Name: entity.name,
          ...(index === path.length - 1
            ? {
                Exceptions: exceptionsOf(entity).map((exception) => ({
                  Name: exception.type,
                  Message: exception.message,
                })),
                Remote: exceptionsOf(entity).some((exception) => exception.remote === true),
              }
            : {}),
        })),
      },
    ];
  });
  return services.length > 0 ? [{ Services: services, ClientImpacting: true }] : [];
}
