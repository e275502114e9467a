import { InstanceHealthRequestSchema, type InstanceHealthPage } from '@fleet/contract';
import { parseFleetRegions, selectRegions } from '@fleet/fleet';
import { createInstanceStatusReader } from '@fleet/instances-ec2';
import { createVisibleInstanceLister } from '@fleet/instances-domain';
import { createInventoryReader } from '@fleet/inventory-dynamodb';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';
import { createAlarmReader } from '@fleet/metrics-cloudwatch';
import { healthPage } from './health-page';
import { regionHealth, type RegionHealth } from './region-health';
import { visibleInstances } from './visible-instances';

const spec = { permission: 'instances:read', body: InstanceHealthRequestSchema } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const listVisible = createVisibleInstanceLister(createInventoryReader(), managedRegions);
const statuses = createInstanceStatusReader();
const alarms = createAlarmReader();

/**
 * `POST /instances/health`: status checks and alarms of the instances of a list page, beside the
 * list (whose calls per page stay as they are): per region, one DescribeInstanceStatus and the
 * region's alarms, paged once a minute. Instances the caller may not read are left out.
 */
export async function getInstanceHealth({
  body,
  principal,
}: HttpInput<typeof spec>): Promise<InstanceHealthPage> {
  const named = [...new Set(body.instances.map((ref) => ref.region))];
  const regions = selectRegions(managedRegions, named);
  const visible = await visibleInstances(listVisible, principal, body.instances);
  const read = await Promise.all(
    regions.map(async (region): Promise<[string, RegionHealth] | []> => {
      const here = [...visible.values()].filter((instance) => instance.region === region);
      return here.length > 0 ? [region, await regionHealth(region, here, statuses, alarms)] : [];
    }),
  );
  const byRegion = new Map(read.filter((entry) => entry.length === 2));
  return healthPage(body.instances, visible, byRegion, Date.now());
}

export const handler = defineHttpFunction(spec, getInstanceHealth);
