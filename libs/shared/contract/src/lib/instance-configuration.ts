import * as z from 'zod/mini';

/** One EBS volume attached to an instance, as DescribeInstances' block device mappings tell it. */
export const AttachedVolumeSchema = z.object({
  deviceName: z.string(),
  volumeId: z.nullable(z.string()),
  /** `attaching`, `attached`, `detaching`, `detached`. */
  status: z.nullable(z.string()),
  deleteOnTermination: z.nullable(z.boolean()),
  /** ISO 8601. */
  attachTime: z.nullable(z.string()),
});
export type AttachedVolume = z.infer<typeof AttachedVolumeSchema>;

/**
 * The network and security side of one instance (the EC2 console's "Networking", "Security" and
 * "Storage" tabs), read from the same DescribeInstances answer as the instance itself. `null`
 * where EC2 leaves the field out (no key pair, no instance profile, no public DNS while stopped).
 *
 * @example
 * InstanceConfigurationSchema.parse(detail.configuration).securityGroups[0]?.groupId; // 'sg-0a1b2c3d4e5f60718'
 */
export const InstanceConfigurationSchema = z.object({
  architecture: z.nullable(z.string()),
  imageId: z.nullable(z.string()),
  vpcId: z.nullable(z.string()),
  subnetId: z.nullable(z.string()),
  securityGroups: z.array(z.object({ groupId: z.string(), groupName: z.nullable(z.string()) })),
  keyName: z.nullable(z.string()),
  /** The instance profile's ARN: its name is, by convention, the IAM role's. */
  iamInstanceProfileArn: z.nullable(z.string()),
  publicDnsName: z.nullable(z.string()),
  privateDnsName: z.nullable(z.string()),
  rootDeviceName: z.nullable(z.string()),
  volumes: z.array(AttachedVolumeSchema),
});
export type InstanceConfiguration = z.infer<typeof InstanceConfigurationSchema>;
