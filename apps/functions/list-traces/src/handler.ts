import { TraceSearchQuerySchema, type TracePage } from '@fleet/contract';
import { badRequest, defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';
import { traceFilterOf, traceWindowOf } from '@fleet/traces-domain';
import { createTraceReader } from '@fleet/traces-xray';

const spec = { permission: 'traces:read', query: TraceSearchQuerySchema } as const;

// A screen of the newest matching traces.
const PAGE = 50;
const traces = createTraceReader();

/** `GET /traces`: the newest traces matching time, outcome, action, instance, user, latency. */
export async function listTraces({ query }: HttpInput<typeof spec>): Promise<TracePage> {
  const window = traceWindowOf(query, new Date());
  if ('problem' in window) throw badRequest(window.problem);
  const items = await traces.search({ ...window, filter: traceFilterOf(query), limit: PAGE });
  return { items };
}

export const handler = defineHttpFunction(spec, listTraces);
