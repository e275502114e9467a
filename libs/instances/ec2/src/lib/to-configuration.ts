import type { Instance as Ec2Instance } from '@aws-sdk/client-ec2';
import type { InstanceConfiguration } from '@fleet/contract';

// EC2 answers an empty string, not an absent field, for the DNS names of a stopped instance.
const orNull = (value: string | undefined): string | null => (value ? value : null);

/**
 * The network, security and storage side of one EC2 instance document: what the EC2 console
 * shows under Networking, Security and Storage, from the same DescribeInstances answer.
 *
 * @example
 * toConfiguration(ec2Instance).securityGroups; // [{ groupId: 'sg-…', groupName: 'web' }]
 */
export function toConfiguration(instance: Ec2Instance): InstanceConfiguration {
  return {
    architecture: orNull(instance.Architecture),
    imageId: orNull(instance.ImageId),
    vpcId: orNull(instance.VpcId),
    subnetId: orNull(instance.SubnetId),
    securityGroups: (instance.SecurityGroups ?? []).map((group) => ({
      groupId: group.GroupId ?? '',
      groupName: orNull(group.GroupName),
    })),
    keyName: orNull(instance.KeyName),
    iamInstanceProfileArn: orNull(instance.IamInstanceProfile?.Arn),
    publicDnsName: orNull(instance.PublicDnsName),
    privateDnsName: orNull(instance.PrivateDnsName),
    rootDeviceName: orNull(instance.RootDeviceName),
    volumes: (instance.BlockDeviceMappings ?? []).map((mapping) => ({
      deviceName: mapping.DeviceName ?? '',
      volumeId: orNull(mapping.Ebs?.VolumeId),
      status: orNull(mapping.Ebs?.Status),
      deleteOnTermination: mapping.Ebs?.DeleteOnTermination ?? null,
      attachTime: mapping.Ebs?.AttachTime?.toISOString() ?? null,
    })),
  };
}
