import * as z from 'zod/mini';
import { ListInstancesQuerySchema } from './list-instances';

/** Tag suggestions are capped: the most common keys, and the most common values of each. */
export const MAX_SUGGESTED_TAG_KEYS = 50;
export const MAX_SUGGESTED_TAG_VALUES = 100;

/**
 * `GET /instances/summary` query: the list's filters (no sort, no paging).
 *
 * @example
 * InstanceSummaryQuerySchema.parse({ region: 'eu-west-1', state: 'running' });
 */
export const InstanceSummaryQuerySchema = z.pick(ListInstancesQuerySchema, {
  region: true,
  state: true,
  type: true,
  tag: true,
  q: true,
});
export type InstanceSummaryQuery = z.infer<typeof InstanceSummaryQuerySchema>;

/** One tag key the caller's instances carry, with its values (most common first). */
export const TagSuggestionSchema = z.object({ key: z.string(), values: z.array(z.string()) });
export type TagSuggestion = z.infer<typeof TagSuggestionSchema>;

/**
 * `GET /instances/summary` answer, from the inventory and scoped like the list: `total` rows match
 * every filter (what paging the list walks); `byState` counts them per state with the state filter
 * left out (so "hide terminated" can say how many it hides); `tags` are the keys and values of every
 * instance the caller may see in the regions asked, whatever the other filters.
 *
 * @example
 * InstanceSummarySchema.parse(await response.json()).total; // 57
 */
export const InstanceSummarySchema = z.object({
  total: z.number(),
  byState: z.record(z.string(), z.number()),
  tags: z.array(TagSuggestionSchema),
  /** Some keys or values were left out by the caps. */
  tagsTruncated: z.boolean(),
});
export type InstanceSummary = z.infer<typeof InstanceSummarySchema>;
