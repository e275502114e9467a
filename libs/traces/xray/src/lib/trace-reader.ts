import { BatchGetTracesCommand, GetTraceSummariesCommand, XRayClient } from '@aws-sdk/client-xray';
import type { TraceDetail, TraceSummary } from '@fleet/contract';
import { instrumentAwsClient } from '@fleet/lambda-kit';
import { waterfallOf, type SegmentEntity } from '@fleet/traces-domain';
import { traceSummaryOf } from './trace-summaries';

/** A search: the window and X-Ray filter expression, and how many traces at most. */
export interface TraceSearch {
  readonly from: Date;
  readonly to: Date;
  readonly filter: string;
  readonly limit: number;
}

/** Reads traces from X-Ray (the real one, or the local one through `AWS_ENDPOINT_URL_XRAY`). */
export interface TraceReader {
  search(search: TraceSearch): Promise<TraceSummary[]>;
  /** `null` when X-Ray knows no such trace. */
  read(traceId: string): Promise<TraceDetail | null>;
}

// X-Ray pages summaries itself; a few pages are enough for a screen of the newest traces.
const MAX_PAGES = 5;

/**
 * A trace reader over one X-Ray client (traced, like every AWS client of the product).
 *
 * @example
 * const traces = createTraceReader();
 * const items = await traces.search({ from, to, filter: 'fault', limit: 50 });
 */
export function createTraceReader(
  client: XRayClient = instrumentAwsClient(new XRayClient({})),
): TraceReader {
  return {
    async search({ from, to, filter, limit }) {
      const items: TraceSummary[] = [];
      let token: string | undefined;
      for (let page = 0; page < MAX_PAGES && items.length < limit; page++) {
        const answer = await client.send(
          new GetTraceSummariesCommand({
            StartTime: from,
            EndTime: to,
            ...(filter ? { FilterExpression: filter } : {}),
            ...(token ? { NextToken: token } : {}),
          }),
        );
        items.push(...(answer.TraceSummaries ?? []).map(traceSummaryOf));
        token = answer.NextToken;
        if (!token) break;
      }
      return items.sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, limit);
    },

    async read(traceId) {
      const answer = await client.send(new BatchGetTracesCommand({ TraceIds: [traceId] }));
      const trace = answer.Traces?.find((candidate) => candidate.Id === traceId);
      if (!trace) return null;
      const segments = (trace.Segments ?? []).map(
        (segment) => JSON.parse(segment.Document ?? '{}') as SegmentEntity,
      );
      return {
        id: traceId,
        durationMs: Math.round((trace.Duration ?? 0) * 1000),
        spans: waterfallOf(segments),
      };
    },
  };
}
