import { randomUUID } from 'node:crypto';
import type { AwsResponse, AwsServiceHandler } from '../service-handler';
import { compileFilterExpression, FilterExpressionError } from './filter-expression';
import { serviceGraphWire } from './service-graph';
import { traceSummaryWire } from './summary-wire';
import { traceFacts, type TraceFacts } from './trace-summary';
import type { StoredTrace, TraceStore } from './trace-store';

const PAGE = 100;

class InvalidRequest extends Error {}

function json(status: number, body: unknown, errorType?: string): AwsResponse {
  return {
    status,
    headers: {
      'content-type': 'application/json',
      'x-amzn-requestid': randomUUID(),
      ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
    },
    body: JSON.stringify(body),
  };
}

function seconds(value: unknown, name: string): number {
  // REST-JSON sends timestamps as epoch seconds; accept ISO strings as well.
  const parsed = typeof value === 'string' ? Date.parse(value) / 1000 : value;
  if (typeof parsed !== 'number' || Number.isNaN(parsed))
    throw new InvalidRequest(`${name} is required (epoch seconds).`);
  return parsed;
}

function page<T>(items: readonly T[], token: unknown): { items: T[]; next?: string } {
  const offset =
    typeof token === 'string' && token !== ''
      ? Number(Buffer.from(token, 'base64url').toString())
      : 0;
  if (!Number.isInteger(offset) || offset < 0)
    throw new InvalidRequest('The NextToken is not valid.');
  const next =
    offset + PAGE < items.length
      ? Buffer.from(String(offset + PAGE)).toString('base64url')
      : undefined;
  return { items: items.slice(offset, offset + PAGE), ...(next ? { next } : {}) };
}

function inWindow(facts: TraceFacts, start: number, end: number, type: unknown): boolean {
  const at = type === 'Service' || type === 'Event' ? facts.endTime : facts.startTime;
  return at >= start && at <= end;
}

type Body = Record<string, unknown>;

// A stored trace is the same object until a document of it arrives (TraceStore), so its facts
// are read once per change rather than once per query.
const factsByTrace = new WeakMap<StoredTrace, TraceFacts>();
function factsOf(trace: StoredTrace): TraceFacts {
  let facts = factsByTrace.get(trace);
  if (!facts) {
    facts = traceFacts(trace);
    factsByTrace.set(trace, facts);
  }
  return facts;
}

function getTraceSummaries(store: TraceStore, body: Body): AwsResponse {
  const start = seconds(body.StartTime, 'StartTime');
  const end = seconds(body.EndTime, 'EndTime');
  if (end < start) throw new InvalidRequest('EndTime must not be before StartTime.');
  const filter = compileFilterExpression(body.FilterExpression as string | undefined);
  const all = store.all().map(factsOf);
  const matching = all
    .filter((facts) => inWindow(facts, start, end, body.TimeRangeType) && filter(facts))
    .sort((a, b) => b.startTime - a.startTime);
  const { items, next } = page(matching, body.NextToken);
  return json(200, {
    TraceSummaries: items.map(traceSummaryWire),
    ApproximateTime: Math.floor(Date.now() / 1000),
    TracesProcessedCount: all.length,
    ...(next ? { NextToken: next } : {}),
  });
}

function batchGetTraces(store: TraceStore, body: Body): AwsResponse {
  const ids = body.TraceIds;
  if (!Array.isArray(ids) || ids.length === 0) throw new InvalidRequest('TraceIds is required.');
  const found = ids.flatMap((id) => {
    const trace = typeof id === 'string' ? store.get(id) : undefined;
    return trace ? [factsOf(trace)] : [];
  });
  return json(200, {
    Traces: found.map((facts) => ({
      Id: facts.id,
      Duration: Math.round((facts.endTime - facts.startTime) * 1000) / 1000,
      LimitExceeded: false,
      Segments: facts.segments.map((segment) => ({
        Id: segment.id,
        Document: JSON.stringify(segment),
      })),
    })),
    UnprocessedTraceIds: ids.filter((id) => !found.some((facts) => facts.id === id)),
  });
}

function getServiceGraph(store: TraceStore, body: Body): AwsResponse {
  const start = seconds(body.StartTime, 'StartTime');
  const end = seconds(body.EndTime, 'EndTime');
  const traces = store
    .all()
    .map(factsOf)
    .filter((facts) => facts.endTime >= start && facts.startTime <= end);
  return json(200, {
    StartTime: start,
    EndTime: end,
    Services: serviceGraphWire(traces),
    ContainsOldGroupVersions: false,
  });
}

/** Why X-Ray turned a document down, in its own words: `Invalid segment. ErrorCode: MissingId`. */
function unprocessed(text: string, reason: string): Record<string, string> {
  const id = /"id"\s*:\s*"([^"]*)"/.exec(text)?.[1];
  const code = id ? 'InvalidSegment' : 'MissingId';
  return {
    ...(id ? { Id: id } : {}),
    ErrorCode: code,
    Message: `Invalid segment. ErrorCode: ${code} (${reason})`,
  };
}

// What the X-Ray daemon does with what the SDKs send it over UDP, and what AWS services that
// trace (Lambda, API Gateway) do themselves: upload documents in batches. Each is checked as a
// datagram's document is; one that fails is listed, the others are kept.
function putTraceSegments(store: TraceStore, body: Body): AwsResponse {
  const documents = body.TraceSegmentDocuments;
  if (!Array.isArray(documents) || documents.length === 0)
    throw new InvalidRequest('TraceSegmentDocuments is required.');
  const refused = documents.flatMap((text) => {
    if (typeof text !== 'string') return [unprocessed('', 'not a string')];
    try {
      store.ingest(text);
      return [];
    } catch (error) {
      return [unprocessed(text, (error as Error).message)];
    }
  });
  return json(200, { UnprocessedTraceSegments: refused });
}

const OPERATIONS: Readonly<Record<string, (store: TraceStore, body: Body) => AwsResponse>> = {
  '/TraceSummaries': getTraceSummaries,
  '/Traces': batchGetTraces,
  '/ServiceGraph': getServiceGraph,
  '/TraceSegments': putTraceSegments,
};

/**
 * The X-Ray API (REST-JSON, SigV4 service `xray`) over the collector's store: PutTraceSegments,
 * GetTraceSummaries, BatchGetTraces and GetServiceGraph. Errors are `InvalidRequestException`
 * (400) with the `x-amzn-errortype` header, as X-Ray answers them.
 *
 * @example
 * services.xray = createXRayService(store);
 */
export function createXRayService(store: TraceStore): AwsServiceHandler {
  return async (request) => {
    const operation = OPERATIONS[request.path];
    if (!operation)
      return json(
        404,
        { Message: `local-aws X-Ray does not emulate POST ${request.path}` },
        'UnknownOperationException',
      );
    try {
      return operation(store, (request.body ? JSON.parse(request.body) : {}) as Body);
    } catch (error) {
      if (
        error instanceof InvalidRequest ||
        error instanceof FilterExpressionError ||
        error instanceof SyntaxError
      )
        return json(400, { Message: error.message }, 'InvalidRequestException');
      throw error;
    }
  };
}
