import { InstanceMetricsQuerySchema, InstanceRefSchema, type InstanceMetrics } from '@fleet/contract';
import { parseFleetRegions, selectRegions } from '@fleet/instances-domain';
import { createInstanceRepository } from '@fleet/instances-ec2';
import { defineHttpFunction, notFound, type HttpInput } from '@fleet/lambda-kit';
import { createMetricsReader } from '@fleet/metrics-cloudwatch';
import { instanceMetricsOf, planInstanceMetrics } from '@fleet/metrics-domain';

const spec = { permission: 'metrics:read', path: InstanceRefSchema, query: InstanceMetricsQuerySchema } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const instances = createInstanceRepository();
const metrics = createMetricsReader();

/**
 * `GET /instances/{region}/{id}/metrics?range=…`: the instance's charts in one GetMetricData call,
 * at the period its range and monitoring allow; `404` if its region does not hold it.
 */
export async function getInstanceMetrics({ path, query }: HttpInput<typeof spec>): Promise<InstanceMetrics> {
  const [region] = selectRegions(managedRegions, [path.region]);
  const instance = region ? await instances.find(region, path.id) : undefined;
  if (!instance) throw notFound(`No instance ${path.id} in ${path.region}.`, 'InstanceNotFound');
  // The type and monitoring decide the series and the period, so EC2 is asked before CloudWatch.
  const plan = planInstanceMetrics(instance, query.range, Date.now());
  return instanceMetricsOf(plan, await metrics.read(plan.region, plan.window, plan.queries));
}

export const handler = defineHttpFunction(spec, getInstanceMetrics);
