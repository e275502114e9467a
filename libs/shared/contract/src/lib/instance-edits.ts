import * as z from 'zod/mini';
import { actionTargets, oneOrMany, ONE_OR_MANY } from './actions';
import { InstanceTypeSchema, RegionSchema } from './primitives';

/**
 * The tag that decides which team sees an instance. The same key as `@fleet/fleet`'s `TEAM_TAG`
 * (the contract imports nothing of ours): plain tag edits never cover it, only `/instances/team`.
 */
export const TEAM_TAG_KEY = 'Team';

/** EC2's limits: keys 1–128 characters, not starting with `aws:`; values 0–256; 50 tags. */
export const TagKeySchema = z.string().check(
  z.minLength(1),
  z.maxLength(128),
  z.refine(
    (key) => !key.toLowerCase().startsWith('aws:'),
    'tag keys starting with aws: are reserved',
  ),
);
export const TagValueSchema = z.string().check(z.maxLength(256));
export const MAX_TAGS_PER_INSTANCE = 50;

function touchesTeam(body: { set?: Record<string, string>; remove?: string[] }): boolean {
  return Object.hasOwn(body.set ?? {}, TEAM_TAG_KEY) || (body.remove ?? []).includes(TEAM_TAG_KEY);
}

/**
 * `POST /instances/tags` body (operators and admins, within their teams): tags to add or
 * overwrite, and keys to remove. Never the `Team` tag.
 *
 * @example
 * TagRequestSchema.parse({ region: 'eu-west-1', id: 'i-0123456789abcdef0', set: { Owner: 'ana' }, remove: ['Old'] });
 */
export const TagRequestSchema = z
  .object({
    ...actionTargets,
    set: z.optional(
      z
        .record(TagKeySchema, TagValueSchema)
        .check(
          z.refine(
            (set) => Object.keys(set).length <= MAX_TAGS_PER_INSTANCE,
            `at most ${MAX_TAGS_PER_INSTANCE} tags`,
          ),
        ),
    ),
    remove: z.optional(z.array(TagKeySchema).check(z.maxLength(MAX_TAGS_PER_INSTANCE))),
  })
  .check(
    z.refine(oneOrMany, ONE_OR_MANY),
    z.refine(
      (body) => Object.keys(body.set ?? {}).length + (body.remove?.length ?? 0) > 0,
      'set or remove at least one tag',
    ),
    z.refine(
      (body) => !(body.remove ?? []).some((key) => Object.hasOwn(body.set ?? {}, key)),
      'a key is both set and removed',
    ),
    z.refine(
      (body) => !touchesTeam(body),
      `the ${TEAM_TAG_KEY} tag decides who sees an instance: change it with POST /instances/team (admins)`,
    ),
  );
export type TagRequest = z.infer<typeof TagRequestSchema>;

/**
 * `POST /instances/team` body (admins): the new `Team` tag, or `null` to remove it (the instance
 * then leaves every non-admin's scope).
 *
 * @example
 * TeamRequestSchema.parse({ region: 'eu-west-1', id: 'i-0123456789abcdef0', team: 'search', reason: 'moved' });
 */
export const TeamRequestSchema = z
  .object({
    ...actionTargets,
    team: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(256))),
  })
  .check(z.refine(oneOrMany, ONE_OR_MANY));
export type TeamRequest = z.infer<typeof TeamRequestSchema>;

/**
 * `POST /instances/resize` body (operators and admins, within their teams): the new instance
 * type. EC2 allows it only while the instance is stopped.
 *
 * @example
 * ResizeRequestSchema.parse({ region: 'eu-west-1', id: 'i-0123456789abcdef0', instanceType: 't3.large' });
 */
export const ResizeRequestSchema = z
  .object({ ...actionTargets, instanceType: InstanceTypeSchema })
  .check(z.refine(oneOrMany, ONE_OR_MANY));
export type ResizeRequest = z.infer<typeof ResizeRequestSchema>;

/** EC2's processor architectures (`Architecture` of DescribeInstances). */
export const ARCHITECTURES = ['x86_64', 'arm64', 'i386', 'x86_64_mac', 'arm64_mac'] as const;
export const ArchitectureSchema = z.enum(ARCHITECTURES);
export type Architecture = z.infer<typeof ArchitectureSchema>;

/**
 * `GET /instance-types` query: the types of one region an instance of this architecture can be
 * resized to.
 *
 * @example
 * InstanceTypesQuerySchema.parse({ region: 'eu-west-1', architecture: 'arm64' });
 */
export const InstanceTypesQuerySchema = z.object({
  region: RegionSchema,
  architecture: ArchitectureSchema,
});
export type InstanceTypesQuery = z.infer<typeof InstanceTypesQuerySchema>;

/** One instance type as DescribeInstanceTypes reports it, reduced to what a choice needs. */
export const InstanceTypeOptionSchema = z.object({
  instanceType: z.string(),
  vCpus: z.number(),
  memoryMiB: z.number(),
  burstable: z.boolean(),
  currentGeneration: z.boolean(),
});
export type InstanceTypeOption = z.infer<typeof InstanceTypeOptionSchema>;

/** `GET /instance-types` answer: every matching type, sorted by family then size. */
export const InstanceTypesSchema = z.object({ items: z.array(InstanceTypeOptionSchema) });
export type InstanceTypes = z.infer<typeof InstanceTypesSchema>;
