import { CpuSparklinesRequestSchema, type CpuSparklines } from '@fleet/contract';
import { parseFleetRegions, selectRegions } from '@fleet/instances-domain';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';
import { createMetricsReader } from '@fleet/metrics-cloudwatch';
import { cpuSparklinesOf, planCpuSparklines } from '@fleet/metrics-domain';

const spec = { permission: 'metrics:read', body: CpuSparklinesRequestSchema } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const metrics = createMetricsReader();

/**
 * `POST /metrics/cpu-sparklines`: 24 hours of average CPU for each instance named, read in the
 * fewest GetMetricData calls the limits allow, all regions and batches in parallel. Instances are
 * not looked up in EC2: one CloudWatch knows nothing of simply has no points.
 */
export async function getCpuSparklines({ body }: HttpInput<typeof spec>): Promise<CpuSparklines> {
  selectRegions(managedRegions, [...new Set(body.instances.map((ref) => ref.region))]);
  const plan = planCpuSparklines(body.instances, Date.now());
  const points = await Promise.all(plan.batches.map((batch) => metrics.read(batch.region, plan.window, batch.queries)));
  return cpuSparklinesOf(plan, points);
}

export const handler = defineHttpFunction(spec, getCpuSparklines);
