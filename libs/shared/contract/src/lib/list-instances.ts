import * as z from 'zod/mini';
import { InstanceSchema } from './instance';
import {
  InstanceStateSchema,
  InstanceTypeSchema,
  RegionSchema,
  commaList,
  repeated,
} from './primitives';

/** A tag filter `key=value`: exact and case-sensitive, as EC2 matches tags. */
export const TagFilterSchema = z.pipe(
  z.string().check(z.regex(/^[^=]{1,128}=.{0,256}$/s, 'tag filters are key=value')),
  z.transform((raw: string) => {
    const at = raw.indexOf('=');
    return { key: raw.slice(0, at), value: raw.slice(at + 1) };
  }),
);
export type TagFilter = z.infer<typeof TagFilterSchema>;

/** Columns the instance list can be sorted by; a leading `-` sorts descending. */
export const INSTANCE_SORT_KEYS = ['name', 'launchTime', 'state', 'type', 'region'] as const;
export const InstanceSortSchema = z.enum([
  ...INSTANCE_SORT_KEYS,
  ...INSTANCE_SORT_KEYS.map((key) => `-${key}` as const),
]);
export type InstanceSort = z.infer<typeof InstanceSortSchema>;

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/**
 * `GET /instances` query. Filters of different kinds are ANDed; values of one filter are ORed.
 * `q` is free text: every whitespace-separated word must occur, case-insensitively, in the id,
 * name, type, availability zone, an IP address or a tag value.
 */
export const ListInstancesQuerySchema = z.object({
  region: z.optional(commaList(RegionSchema)),
  state: z.optional(commaList(InstanceStateSchema)),
  type: z.optional(commaList(InstanceTypeSchema)),
  tag: z.optional(repeated(TagFilterSchema)),
  q: z.optional(z.string().check(z.maxLength(200))),
  sort: z._default(InstanceSortSchema, 'name'),
  limit: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)),
    DEFAULT_PAGE_SIZE,
  ),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});
export type ListInstancesQuery = z.infer<typeof ListInstancesQuerySchema>;
/** The query as a client writes it, before defaults and parsing. */
export type ListInstancesParams = z.input<typeof ListInstancesQuerySchema>;

/**
 * How current the fleet inventory behind a page is (docs/architecture.md, "The fleet inventory").
 *
 * @example
 * InventoryFreshnessSchema.parse({ syncedAt: '2026-11-29T10:00:00.000Z', updatedAt: null });
 */
export const InventoryFreshnessSchema = z.object({
  /** ISO 8601: the oldest last full sync of the regions read; `null` if one was never synced. */
  syncedAt: z.nullable(z.string()),
  /** ISO 8601: the newest change written (event, action or sync) to the regions read. */
  updatedAt: z.nullable(z.string()),
});
export type InventoryFreshness = z.infer<typeof InventoryFreshnessSchema>;

export const InstancePageSchema = z.object({
  items: z.array(InstanceSchema),
  /** Opaque; pass it back as `cursor` with the same filters and sort. `null` on the last page. */
  nextCursor: z.nullable(z.string()),
  /** The age of the inventory the page was read from. */
  inventory: InventoryFreshnessSchema,
});
export type InstancePage = z.infer<typeof InstancePageSchema>;
