import { BatchGetTracesCommand, XRayClient } from '@aws-sdk/client-xray';
import type { ApiAnswer } from './api-client';
import { eventually } from './eventually';
import { stackUrls } from './stack-urls';

/** A segment or subsegment of a trace, as the tests read it from the local X-Ray. */
export interface TraceEntity {
  name: string;
  id?: string;
  start_time?: number;
  end_time?: number;
  origin?: string;
  namespace?: string;
  aws?: { operation?: string; region?: string };
  error?: boolean;
  fault?: boolean;
  throttle?: boolean;
  cause?: { exceptions?: { type?: string; message?: string }[] };
  annotations?: Record<string, string | number | boolean>;
  subsegments?: TraceEntity[];
}

let client: XRayClient | undefined;

/**
 * The X-Ray API of the local stack, one client per test process (made on first use: the stack's
 * URLs are known only once jest's globalSetup has started it).
 *
 * @example
 * await localXRay().send(new GetTraceSummariesCommand({ StartTime, EndTime }));
 */
export function localXRay(): XRayClient {
  client ??= new XRayClient({
    endpoint: stackUrls().localAws,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  return client;
}

/**
 * The X-Ray trace id of an API answer: the local gateway returns it in `X-Amzn-Trace-Id`, as API
 * Gateway does. Empty when the answer carries none.
 *
 * @example
 * const traceId = traceIdOf(await callApi('/instances'));
 */
export function traceIdOf(answer: Pick<ApiAnswer, 'headers'>): string {
  return (
    /Root=(1-[0-9a-f]{8}-[0-9a-f]{24})/.exec(answer.headers.get('x-amzn-trace-id') ?? '')?.[1] ?? ''
  );
}

/** Every subsegment under an entity, depth first. */
export function descendantsOf(entity: TraceEntity): TraceEntity[] {
  return (entity.subsegments ?? []).flatMap((child) => [child, ...descendantsOf(child)]);
}

/**
 * A trace's segments from the local X-Ray (BatchGetTraces), read until `complete` says they are
 * all in: segments arrive after the answer, as on AWS (the functions' subsegments over UDP, the
 * gateway's and Lambda's in their next batch upload, within about a second). Throws with `what`
 * when they never are.
 *
 * @example
 * const segments = await traceSegments(traceId, (all) => all.some((s) => s.origin === 'AWS::Lambda::Function'), 'the function');
 */
export async function traceSegments(
  traceId: string,
  complete: (segments: TraceEntity[]) => boolean,
  what: string,
): Promise<TraceEntity[]> {
  const segments = await eventually(
    async () => {
      const { Traces = [] } = await localXRay().send(
        new BatchGetTracesCommand({ TraceIds: [traceId] }),
      );
      return (Traces[0]?.Segments ?? []).map(
        (segment) => JSON.parse(segment.Document ?? '{}') as TraceEntity,
      );
    },
    complete,
    { attempts: 40 },
  );
  if (complete(segments)) return segments;
  throw new Error(`trace ${traceId} never held ${what}`);
}
