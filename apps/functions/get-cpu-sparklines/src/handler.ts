import { CpuSparklinesRequestSchema, type CpuSparklines } from '@fleet/contract';
import { parseFleetRegions, selectRegions } from '@fleet/fleet';
import { createInventoryReader } from '@fleet/inventory-dynamodb';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';
import { createMetricsReader } from '@fleet/metrics-cloudwatch';
import { cpuSparklinesOf, planCpuSparklines } from '@fleet/metrics-domain';
import { readableInstances } from './readable-instances';

const spec = { permission: 'metrics:read', body: CpuSparklinesRequestSchema } as const;
const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
// Which instances a team-scoped caller may read: the inventory, loaded once per warm worker.
const inventory = createInventoryReader();
const metrics = createMetricsReader();

/**
 * `POST /metrics/cpu-sparklines`: 24 hours of average CPU for each instance named, read in the
 * fewest GetMetricData calls the limits allow, all regions and batches in parallel. An instance
 * outside the caller's teams, like one CloudWatch knows nothing of, has only `null` points.
 */
export async function getCpuSparklines(input: HttpInput<typeof spec>): Promise<CpuSparklines> {
  const refs = input.body.instances;
  selectRegions(managedRegions, [...new Set(refs.map((ref) => ref.region))]);
  const readable = await readableInstances(inventory, input.principal, refs);
  const plan = planCpuSparklines(refs, Date.now(), readable);
  const read = plan.batches.map((batch) => metrics.read(batch.region, plan.window, batch.queries));
  return cpuSparklinesOf(plan, await Promise.all(read));
}

export const handler = defineHttpFunction(spec, getCpuSparklines);
