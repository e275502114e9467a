import * as z from 'zod/mini';
import { InstanceActionSchema } from './actions';
import { InstanceIdSchema } from './primitives';

/** An X-Ray trace id: `1-<8 hex>-<24 hex>`. */
export const TraceIdSchema = z
  .string()
  .check(z.regex(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/, 'not an X-Ray trace id'));

/** What a trace ended as: from the flags of its answer. */
export const TRACE_OUTCOMES = ['ok', 'error', 'throttle', 'fault'] as const;
export const TraceOutcomeSchema = z.enum(TRACE_OUTCOMES);
export type TraceOutcome = z.infer<typeof TraceOutcomeSchema>;

/** The longest window one search may cover (X-Ray answers at most 24 hours per query). */
export const MAX_TRACE_WINDOW_HOURS = 24;

/**
 * `GET /traces` query: filters are ANDed; newest first. Defaults to the last hour.
 *
 * @example
 * TraceSearchQuerySchema.parse({ outcome: 'fault', action: 'stop' });
 */
export const TraceSearchQuerySchema = z.object({
  /** ISO 8601; default an hour before `to`. */
  from: z.optional(z.iso.datetime()),
  /** ISO 8601; default now. */
  to: z.optional(z.iso.datetime()),
  outcome: z.optional(TraceOutcomeSchema),
  action: z.optional(InstanceActionSchema),
  instance: z.optional(InstanceIdSchema),
  /**
   * The caller's email (or sub). It is quoted into X-Ray's filter expression, where a quote, a
   * backslash or a control character would break the string (X-Ray refuses the whole search).
   */
  user: z.optional(
    z
      .string()
      .check(
        z.minLength(1),
        z.maxLength(254),
        z.regex(/^[^"\\\p{Cc}]+$/u, 'no quotes, backslashes or control characters'),
      ),
  ),
  /** The function (`list-instances`, `stop-instances`, …). */
  function: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, 'a function name'))),
  /** Only traces slower than this many milliseconds. */
  minLatencyMs: z.optional(z.coerce.number().check(z.minimum(0), z.maximum(900_000))),
  /**
   * CORS preflights (`OPTIONS`, which API Gateway answers and traces without running a
   * function): left out unless `include`.
   */
  preflights: z.optional(z.enum(['exclude', 'include'])),
});
export type TraceSearchQuery = z.infer<typeof TraceSearchQuerySchema>;
export type TraceSearchParams = z.input<typeof TraceSearchQuerySchema>;

/** The error or fault a trace names as its cause. */
export const TraceCauseSchema = z.object({
  /** Where: the function or AWS service. */
  service: z.string(),
  /** The path of entities down to it (`stop-instances › ## handler › EC2`). */
  path: z.array(z.string()),
  /** Exception type, e.g. `Forbidden`, `RequestLimitExceeded`. */
  type: z.string(),
  message: z.string(),
});
export type TraceCause = z.infer<typeof TraceCauseSchema>;

/** One trace in a search result. */
export const TraceSummarySchema = z.object({
  id: TraceIdSchema,
  /** ISO 8601. */
  startedAt: z.string(),
  /** Of the entry point (the API). */
  latencyMs: z.number(),
  outcome: TraceOutcomeSchema,
  method: z.nullable(z.string()),
  url: z.nullable(z.string()),
  status: z.nullable(z.number()),
  function: z.nullable(z.string()),
  action: z.nullable(z.string()),
  user: z.nullable(z.string()),
  errorCode: z.nullable(z.string()),
  causes: z.array(TraceCauseSchema),
});
export type TraceSummary = z.infer<typeof TraceSummarySchema>;

export const TracePageSchema = z.object({ items: z.array(TraceSummarySchema) });
export type TracePage = z.infer<typeof TracePageSchema>;

/** `GET /traces/{id}` path. */
export const TraceRefSchema = z.object({ id: TraceIdSchema });

/** One bar of a waterfall: a segment or subsegment on the trace's time axis. */
export const TraceSpanSchema = z.object({
  id: z.string(),
  parentId: z.nullable(z.string()),
  depth: z.number(),
  name: z.string(),
  /** `AWS::Lambda::Function`, `AWS::ApiGateway::Stage`, … for segments; null for subsegments. */
  origin: z.nullable(z.string()),
  /** `aws` for an AWS call, `remote` for another HTTP call. */
  namespace: z.nullable(z.string()),
  /** Milliseconds from the start of the trace. */
  startMs: z.number(),
  durationMs: z.number(),
  /** The AWS operation and region of an AWS call. */
  operation: z.nullable(z.string()),
  region: z.nullable(z.string()),
  status: z.nullable(z.number()),
  outcome: TraceOutcomeSchema,
  cause: z.nullable(z.object({ type: z.string(), message: z.string() })),
  annotations: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
export type TraceSpan = z.infer<typeof TraceSpanSchema>;

export const TraceDetailSchema = z.object({
  id: TraceIdSchema,
  durationMs: z.number(),
  spans: z.array(TraceSpanSchema),
});
export type TraceDetail = z.infer<typeof TraceDetailSchema>;
