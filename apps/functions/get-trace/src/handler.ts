import { TraceRefSchema, type TraceDetail } from '@fleet/contract';
import { defineHttpFunction, notFound, type HttpInput } from '@fleet/lambda-kit';
import { createTraceReader } from '@fleet/traces-xray';

const spec = { permission: 'traces:read', path: TraceRefSchema } as const;

const traces = createTraceReader();

/** `GET /traces/{id}`: one trace as a waterfall of its segments and subsegments. */
export async function getTrace({ path }: HttpInput<typeof spec>): Promise<TraceDetail> {
  const trace = await traces.read(path.id);
  if (!trace) throw notFound(`No trace ${path.id} (X-Ray keeps traces for 30 days).`);
  return trace;
}

export const handler = defineHttpFunction(spec, getTrace);
