import type { Instance as Ec2Instance, Reservation } from '@aws-sdk/client-ec2';
import type { Instance } from '@fleet/contract';

const LIFECYCLES = new Set<Instance['lifecycle']>(['spot', 'scheduled', 'capacity-block']);
const MONITORING = new Set<Instance['monitoring']>(['disabled', 'disabling', 'enabled', 'pending']);

function tagsOf(instance: Ec2Instance): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const tag of instance.Tags ?? []) {
    if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? '';
  }
  return tags;
}

/**
 * Maps one EC2 instance (and its reservation, which holds the owning account) to the normalized
 * model. EC2 omits `InstanceLifecycle` for on-demand instances and the public IP for stopped ones.
 *
 * @example
 * const instances = reservations.flatMap((r) => r.Instances?.map((i) => toInstance(region, r, i)) ?? []);
 */
export function toInstance(
  region: string,
  reservation: Reservation,
  instance: Ec2Instance,
): Instance {
  const tags = tagsOf(instance);
  const lifecycle = instance.InstanceLifecycle as Instance['lifecycle'] | undefined;
  const monitoring = instance.Monitoring?.State as Instance['monitoring'] | undefined;
  return {
    accountId: reservation.OwnerId ?? null,
    region,
    id: instance.InstanceId ?? '',
    name: tags['Name'] ?? null,
    state: instance.State?.Name ?? 'pending',
    type: instance.InstanceType ?? 'unknown',
    availabilityZone: instance.Placement?.AvailabilityZone ?? null,
    privateIp: instance.PrivateIpAddress ?? null,
    publicIp: instance.PublicIpAddress ?? null,
    launchTime: instance.LaunchTime?.toISOString() ?? null,
    platform:
      instance.PlatformDetails ?? (instance.Platform === 'Windows' ? 'Windows' : 'Linux/UNIX'),
    lifecycle: lifecycle && LIFECYCLES.has(lifecycle) ? lifecycle : 'on-demand',
    monitoring: monitoring && MONITORING.has(monitoring) ? monitoring : 'disabled',
    tags,
  };
}
