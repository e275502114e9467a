import * as z from 'zod/mini';
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
