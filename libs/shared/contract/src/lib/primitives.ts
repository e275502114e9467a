// zod/mini, not zod: the dashboard and every Lambda bundle carry this file, and the full zod
// costs ~450 KB minified where zod/mini costs ~14 KB (TOOLCHAIN.md).
import * as z from 'zod/mini';

/** An AWS region code such as `us-east-1` or `us-gov-west-1`. */
export const RegionSchema = z
  .string()
  .check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'not a region code'));
export type Region = z.infer<typeof RegionSchema>;

/** An EC2 instance id: `i-` and 8 or 17 hexadecimal digits. */
export const InstanceIdSchema = z
  .string()
  .check(
    z.regex(/^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/, 'not an instance id (i- and 8 or 17 hex digits)'),
  );
export type InstanceId = z.infer<typeof InstanceIdSchema>;

/** An instance type such as `t3.micro` or `m7g.2xlarge`. */
export const InstanceTypeSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, 'not an instance type (family.size)'));

/** EC2's instance states, in lifecycle order. */
export const INSTANCE_STATES = [
  'pending',
  'running',
  'stopping',
  'stopped',
  'shutting-down',
  'terminated',
] as const;
export const InstanceStateSchema = z.enum(INSTANCE_STATES);
export type InstanceState = z.infer<typeof InstanceStateSchema>;

/**
 * A query parameter that may be given once with comma-separated values or repeated:
 * `state=running,stopped` and `state=running&state=stopped` mean the same.
 */
export function commaList<T extends z.core.$ZodType<unknown, string>>(item: T) {
  return z.pipe(
    z.pipe(
      z.union([z.string(), z.array(z.string())]),
      z.transform((raw: string | string[]) =>
        (Array.isArray(raw) ? raw : [raw])
          .flatMap((value) => value.split(','))
          .map((value) => value.trim())
          .filter((value) => value.length > 0),
      ),
    ),
    z.array(item).check(z.maxLength(50, 'at most 50 values')),
  );
}

/** A query parameter that may be repeated, each value kept whole (tag values may hold commas). */
export function repeated<T extends z.core.$ZodType<unknown, string>>(item: T) {
  return z.pipe(
    z.pipe(
      z.union([z.string(), z.array(z.string())]),
      z.transform((raw: string | string[]) => (Array.isArray(raw) ? raw : [raw])),
    ),
    z.array(item).check(z.maxLength(20, 'at most 20 values')),
  );
}
