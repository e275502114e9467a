import * as z from 'zod/mini';
import { ACTION_OUTCOMES, InstanceActionSchema } from './actions';
import { MetricPointsSchema, MetricRangeSchema } from './metrics';

/**
 * `GET /health` query: the window of the Service health view; the last hour by default.
 *
 * @example
 * ServiceHealthQuerySchema.parse({ range: '3h' });
 */
export const ServiceHealthQuerySchema = z.object({
  range: z._default(MetricRangeSchema, '1h'),
});
export type ServiceHealthQuery = z.infer<typeof ServiceHealthQuerySchema>;

/** One function's requests, errors and latency, from the product's own metrics (EMF). */
export const FunctionHealthSchema = z.object({
  /** The function (`list-instances`, `stop-instances`, …): the `service` dimension. */
  name: z.string(),
  /** Over the whole window; latency percentiles `null` when nothing ran. */
  requests: z.number(),
  clientErrors: z.number(),
  faults: z.number(),
  p50Ms: z.nullable(z.number()),
  p99Ms: z.nullable(z.number()),
  /** Per period, on the answer's time axis. */
  series: z.object({
    requests: MetricPointsSchema,
    clientErrors: MetricPointsSchema,
    faults: MetricPointsSchema,
    p50Ms: MetricPointsSchema,
    p99Ms: MetricPointsSchema,
  }),
});
export type FunctionHealth = z.infer<typeof FunctionHealthSchema>;

/** One action's outcomes over the window (instances, not requests). */
export const ActionHealthSchema = z.object({
  action: InstanceActionSchema,
  outcomes: z.object(
    Object.fromEntries(ACTION_OUTCOMES.map((outcome) => [outcome, z.number()])) as Record<
      (typeof ACTION_OUTCOMES)[number],
      z.ZodMiniNumber
    >,
  ),
  /** Callers refused by role (403) while attempting it. */
  denied: z.number(),
});
export type ActionHealth = z.infer<typeof ActionHealthSchema>;

/**
 * `GET /health`: the health of every API function and of every function a schedule or an
 * EventBridge rule runs (`EVENT_FUNCTIONS`), and every action's outcomes, over a window.
 */
export const ServiceHealthSchema = z.object({
  range: MetricRangeSchema,
  /** Seconds per point of the series. */
  period: z.number(),
  /** ISO 8601, one per point, oldest first. */
  timestamps: z.array(z.string()),
  functions: z.array(FunctionHealthSchema),
  actions: z.array(ActionHealthSchema),
});
export type ServiceHealth = z.infer<typeof ServiceHealthSchema>;
