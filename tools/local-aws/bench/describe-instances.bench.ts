/**
 * Benchmark: DescribeInstances pages of 1,000 over a 10,000-instance fleet, through the real SDK.
 * Run: `npx tsx tools/local-aws/bench/describe-instances.bench.ts`. Prints a markdown table.
 */
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { createLocalAws } from '../src/index';

const INSTANCES = 10_000;
const PAGE_SIZE = 1_000;
const MIN_PAGE_REQUESTS = 50;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const aws = await createLocalAws({ instances: INSTANCES, quiet: true, regions: ['us-east-1'] });
  const startupMs = performance.now() - startedAt;
  const ec2 = new EC2Client({
    endpoint: aws.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const timings: number[] = [];
  let instancesSeen = 0;
  try {
    // One warm-up walk (JIT, connection, per-instance XML cache), then measured walks.
    for (let walk = 0; timings.length < MIN_PAGE_REQUESTS || walk === 0; walk++) {
      let nextToken: string | undefined;
      do {
        const began = performance.now();
        const page = await ec2.send(new DescribeInstancesCommand({ MaxResults: PAGE_SIZE, NextToken: nextToken }));
        const elapsed = performance.now() - began;
        if (walk > 0) {
          timings.push(elapsed);
          instancesSeen += (page.Reservations ?? []).reduce((n, r) => n + (r.Instances?.length ?? 0), 0);
        }
        nextToken = page.NextToken;
      } while (nextToken);
    }
  } finally {
    ec2.destroy();
    await aws.close();
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const format = (ms: number): string => ms.toFixed(1);
  console.log(`\n### local-aws DescribeInstances (${INSTANCES} instances, MaxResults=${PAGE_SIZE}, real SDK client)\n`);
  console.log('| page requests | instances read | startup ms | p50 ms | p95 ms | max ms |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| ${timings.length} | ${instancesSeen} | ${format(startupMs)} | ${format(percentile(sorted, 50))} | ` +
      `${format(percentile(sorted, 95))} | ${format(sorted[sorted.length - 1] ?? 0)} |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
