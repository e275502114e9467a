import { ServiceHealthQuerySchema, type ServiceHealth } from '@fleet/contract';
import { defineHttpFunction, type HttpInput } from '@fleet/lambda-kit';
import { createMetricsReader } from '@fleet/metrics-cloudwatch';
import { planServiceHealth, serviceHealthOf } from '@fleet/metrics-domain';

const spec = { permission: 'health:read', query: ServiceHealthQuerySchema } as const;
const metrics = createMetricsReader();
// The product's metrics live where its functions run.
const region = process.env.AWS_REGION ?? 'us-east-1';

/**
 * `GET /health?range=…`: every API function's requests, client errors, faults and p50/p99
 * latency, and every action's outcomes, from the product's own EMF metrics — the same
 * metrics locally and in AWS. Two GetMetricData calls: per period, and over the whole range.
 */
export async function getServiceHealth({ query }: HttpInput<typeof spec>): Promise<ServiceHealth> {
  const plan = planServiceHealth(query.range, Date.now());
  const [series, totals] = await Promise.all([
    metrics.read(region, plan.series, plan.queries),
    metrics.read(region, plan.total, plan.queries),
  ]);
  return serviceHealthOf(plan, series, totals);
}

export const handler = defineHttpFunction(spec, getServiceHealth);
