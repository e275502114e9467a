import * as z from 'zod/mini';

/** Every 4xx and 5xx body the API sends. */
export const ApiErrorSchema = z.object({
  /** Stable, machine-readable: `ValidationError`, `InstanceNotFound`, `Throttled`, … */
  code: z.string(),
  /** For people; never holds internals. */
  message: z.string(),
  /** The API Gateway request id, to quote when reporting a problem. */
  requestId: z.optional(z.string()),
  /** The X-Ray trace of the request, where tracing is on: SREs open it in the Traces area. */
  traceId: z.optional(z.string()),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
