// GET /instances served from the inventory, at 1,000 / 10,000 / 100,000 instances in 3 regions
// with realistic EC2 documents: the list function's own code (reader + paging) in-process, its
// calls through the real SDK to the local AWS (EC2 emulator, DynamoDB forwarded to dynalite).
// Not included: serverless-offline, API Gateway and the authorizer (the same for every size).
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createLocalAws } from '@fleet/local-aws';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const WARM = 60;

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const pct = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  0;

interface Counters {
  services: Record<string, { total: number; actions: Record<string, { total: number }> }>;
}

async function run(size: number): Promise<string[]> {
  const dynalite = (await import('dynalite')).default({ createTableMs: 0 });
  await new Promise<void>((resolve) => dynalite.listen(0, '127.0.0.1', () => resolve()));
  const ddbUrl = `http://127.0.0.1:${(dynalite.address() as AddressInfo).port}`;
  process.stderr.write(`seeding ${size}…\n`);
  const aws = await createLocalAws({
    instances: size,
    regions: REGIONS,
    quiet: true,
    forward: { dynamodb: ddbUrl },
  });
  const table = `bench-inventory-${size}`;
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_EC2: aws.url,
    AWS_ENDPOINT_URL_DYNAMODB: aws.url,
    INVENTORY_TABLE: table,
    FLEET_REGIONS: REGIONS.join(','),
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  });
  await new DynamoDBClient({ endpoint: ddbUrl }).send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }),
  );
  const { createInstanceRepository } = await import('@fleet/instances-ec2');
  const { createInventoryReader, createInventoryWriter } =
    await import('@fleet/inventory-dynamodb');
  const { observed } = await import('@fleet/inventory-domain');
  const { ListInstancesQuerySchema } = await import('@fleet/contract');
  const counters = async (): Promise<Counters> =>
    (await (
      await fetch(`${aws.url}/_local/counters`, { headers: { connection: 'close' } })
    ).json()) as Counters;
  const resetCounters = (): Promise<Response> =>
    fetch(`${aws.url}/_local/counters`, { method: 'DELETE', headers: { connection: 'close' } });

  // Sync every region (as the schedule does); the first region's figures are reported.
  const ec2 = createInstanceRepository();
  const writer = createInventoryWriter();
  const rows: string[] = [];
  for (const region of REGIONS) {
    process.stderr.write(`syncing ${region}…\n`);
    await resetCounters();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const startedAt = Date.now();
    const t = process.hrtime.bigint();
    const listed = await ec2.list(region, {});
    const written = await writer.sync(
      region,
      listed.map((i) => observed(i, startedAt)),
      startedAt,
    );
    const syncMs = ms(t);
    clearInterval(sampler);
    const c = await counters();
    if (region === REGIONS[0])
      rows.push(
        `| sync ${region} (${listed.length} instances) | ${syncMs.toFixed(0)} ms | ${c.services['ec2']?.actions['DescribeInstances']?.total ?? 0} DescribeInstances (⌈N/1000⌉ = ${Math.ceil(listed.length / 1000)}) | ${written.chunks} chunks | peak RSS ${(peak / 2 ** 20).toFixed(0)} MB |`,
      );
  }

  const reader = createInventoryReader();
  const list = async (raw: Record<string, string>): Promise<{ nextCursor: string | null }> => {
    const query = ListInstancesQuerySchema.parse(raw);
    return reader.page(REGIONS, {}, query);
  };
  await resetCounters();
  let t = process.hrtime.bigint();
  await list({ sort: 'name' });
  const coldMs = ms(t);
  const cold = await counters();
  const queries = [{ sort: 'name' }, { sort: 'name' }, { sort: '-launchTime' }];
  const warm: number[] = [];
  await resetCounters();
  for (let i = 0; i < WARM; i += 1) {
    t = process.hrtime.bigint();
    const first = await list(queries[i % queries.length] as Record<string, string>);
    if (first.nextCursor && i % 3 === 0)
      await list({ ...(queries[0] as Record<string, string>), cursor: first.nextCursor });
    warm.push(ms(t));
  }
  const warmCalls = await counters();
  const per = (c: Counters, service: string, n: number): string =>
    ((c.services[service]?.total ?? 0) / n).toFixed(2);
  const requests = WARM + Math.ceil(WARM / 3);
  rows.unshift(
    `| ${size.toLocaleString('en')} | ${pct(warm, 0.5).toFixed(1)} | ${pct(warm, 0.95).toFixed(1)} | ${per(warmCalls, 'ec2', requests)} | ${per(warmCalls, 'dynamodb', requests)} |`,
    `| ${size.toLocaleString('en')} — a worker's cold load | ${coldMs.toFixed(0)} | | ${per(cold, 'ec2', 1)} | ${per(cold, 'dynamodb', 1)} |`,
  );
  await aws.close();
  await new Promise<void>((resolve) => dynalite.close(() => resolve()));
  return rows;
}

// Each size runs in a process of its own: the SDK clients of the functions' libs are made once
// per process, aimed at one local AWS, exactly as in a Lambda worker.
function runAlone(size: number): string[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_ONE: String(size) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the ${size}-instance run failed`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '[]') as string[];
}

async function main(): Promise<void> {
  if (process.env.BENCH_ONE) {
    console.log(JSON.stringify(await run(Number(process.env.BENCH_ONE))));
    return;
  }
  const list: string[] = [];
  const syncs: string[] = [];
  for (const size of SIZES) {
    const rows = runAlone(size);
    list.push(...rows.slice(0, 2));
    syncs.push(...rows.slice(2));
  }
  console.log(
    'GET /instances from the inventory (3 regions, realistic documents; handler code in-process)\n',
  );
  console.log(
    '| instances | p50 ms (warm) | p95 ms (warm) | AWS (EC2) calls / request | DynamoDB calls / request |',
  );
  console.log('| --: | --: | --: | --: | --: |');
  for (const row of list) console.log(row);
  console.log('\nSync of one region\n');
  console.log('| region | time | EC2 calls | chunks | memory |');
  console.log('| --- | --: | --: | --: | --: |');
  for (const row of syncs) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
