import * as z from 'zod/mini';
import { InstanceConfigurationSchema } from './instance-configuration';
import { InstanceIdSchema, InstanceStateSchema, RegionSchema } from './primitives';

/**
 * Where an instance lives. Region + id is the key everywhere (URLs, cursors, bulk actions);
 * `accountId` is carried so that a multi-account fleet can extend the key without a new shape.
 */
export const InstanceRefSchema = z.object({
  region: RegionSchema,
  id: InstanceIdSchema,
});
export type InstanceRef = z.infer<typeof InstanceRefSchema>;

/** The normalized instance model every endpoint and view speaks. */
export const InstanceSchema = z.object({
  accountId: z.nullable(z.string()),
  region: RegionSchema,
  id: InstanceIdSchema,
  /** The `Name` tag, or `null` when the instance has none. */
  name: z.nullable(z.string()),
  state: InstanceStateSchema,
  type: z.string(),
  availabilityZone: z.nullable(z.string()),
  privateIp: z.nullable(z.string()),
  publicIp: z.nullable(z.string()),
  /** ISO 8601. */
  launchTime: z.nullable(z.string()),
  /** EC2's platform details, e.g. `Linux/UNIX`, `Windows`. */
  platform: z.string(),
  lifecycle: z.enum(['on-demand', 'spot', 'scheduled', 'capacity-block']),
  monitoring: z.enum(['disabled', 'disabling', 'enabled', 'pending']),
  tags: z.record(z.string(), z.string()),
});
export type Instance = z.infer<typeof InstanceSchema>;

/**
 * Termination and stop protection, which DescribeInstances does not carry (DescribeInstanceAttribute
 * does): `null` when it could not be read, so a page can say "unknown" rather than guess "off".
 */
export const InstanceProtectionSchema = z.object({
  disableApiTermination: z.nullable(z.boolean()),
  disableApiStop: z.nullable(z.boolean()),
});
export type InstanceProtection = z.infer<typeof InstanceProtectionSchema>;

/**
 * `GET /instances/{region}/{id}`: the instance, its protection flags and its configuration.
 *
 * @example
 * InstanceDetailSchema.parse(await response.json()).protection.disableApiTermination; // true
 */
export const InstanceDetailSchema = z.extend(InstanceSchema, {
  protection: InstanceProtectionSchema,
  /** Network, security and storage (the details panel); absent from an older API. */
  configuration: z.optional(InstanceConfigurationSchema),
});
export type InstanceDetail = z.infer<typeof InstanceDetailSchema>;

/**
 * The instances a read names in its body (`{ instances: [...] }`): at least one, at most `max`, so
 * one request stays within one page of the dashboard and one batch of AWS calls.
 *
 * @example
 * const RequestSchema = z.object({ instances: instanceRefList(MAX_PAGE_SIZE) });
 */
export function instanceRefList(max: number): z.ZodMiniArray<typeof InstanceRefSchema> {
  return z
    .array(InstanceRefSchema)
    .check(
      z.minLength(1, 'name at least one instance'),
      z.maxLength(max, `at most ${max} instances`),
    );
}
