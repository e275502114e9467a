import type { InstanceMetrics } from '@fleet/contract';
import { InstanceMetricsQuerySchema, InstanceRefSchema } from '@fleet/contract';
import { parseFleetRegions } from '@fleet/fleet';
import { createVisibleInstanceFinder } from '@fleet/instances-domain';
import { createInstanceRepository } from '@fleet/instances-ec2';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';
import { createMetricsReader } from '@fleet/metrics-cloudwatch';
import { instanceMetricsOf, planInstanceMetrics } from '@fleet/metrics-domain';

const schemas = { path: InstanceRefSchema, query: InstanceMetricsQuerySchema };
const spec = { permission: 'metrics:read', ...schemas } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const findInstance = createVisibleInstanceFinder(createInstanceRepository(), managedRegions);
const metrics = createMetricsReader();

/**
 * `GET /instances/{region}/{id}/metrics?range=…`: the instance's charts in one GetMetricData call,
 * at the period its range and monitoring allow; `404` as for `GET /instances/{region}/{id}`.
 */
export async function getInstanceMetrics(input: HttpInput<typeof spec>): Promise<InstanceMetrics> {
  // The type and monitoring decide the series and the period, so EC2 is asked before CloudWatch.
  const instance = await findInstance(input.principal, input.path);
  const plan = planInstanceMetrics(instance, input.query.range, Date.now());
  return instanceMetricsOf(plan, await metrics.read(plan.region, plan.window, plan.queries));
}

export const handler = defineHttpFunction(spec, getInstanceMetrics);
