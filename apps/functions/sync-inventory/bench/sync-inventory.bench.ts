// The inventory's sync of one region of 10,000 instances (realistic EC2 documents): the
// function's own code (`syncRegion`) in this process, as in a Lambda worker, so its peak memory
// is this process's; the local AWS (EC2 emulator, DynamoDB forwarded to dynalite and counted) in
// processes of their own.
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freePort } from '@fleet/local-stack';

const REGION = 'us-east-1';
const SIZE = Number(process.env.BENCH_SYNC_SIZE ?? 10_000);
const WORKSPACE = fileURLToPath(new URL('../../../..', import.meta.url));

interface Counters {
  services: Record<string, { total: number; actions: Record<string, { total: number }> }>;
}

function start(args: string[]): ChildProcess {
  return spawn(process.execPath, args, { cwd: WORKSPACE, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function answering(url: string): Promise<void> {
  for (let tries = 0; tries < 1200; tries += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} never answered`);
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function main(): Promise<void> {
  const [dynamoPort, awsPort] = [await freePort(), await freePort()];
  const dynamoUrl = `http://127.0.0.1:${dynamoPort}`;
  const awsUrl = `http://127.0.0.1:${awsPort}`;
  const children = [
    start(['node_modules/dynalite/cli.js', '--port', String(dynamoPort), '--createTableMs', '0']),
    start([
      '--import',
      'tsx',
      'tools/local-aws/src/cli.ts',
      ...['--port', String(awsPort), '--regions', REGION, '--instances', String(SIZE)],
      ...['--forward-dynamodb', dynamoUrl, '--quiet'],
    ]),
  ];
  try {
    await answering(dynamoUrl);
    await answering(`${awsUrl}/_local/health`);
    const table = 'bench-sync-inventory';
    await new DynamoDBClient({
      endpoint: dynamoUrl,
      region: REGION,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }).send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_REGION: REGION,
      AWS_ENDPOINT_URL_EC2: awsUrl,
      AWS_ENDPOINT_URL_DYNAMODB: awsUrl,
      INVENTORY_TABLE: table,
      FLEET_REGIONS: REGION,
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    });
    // Loaded once the variables are set, as a worker loads the function.
    const { syncRegion } = await import('../src/sync-region');
    const rows: string[] = [];
    for (const run of ['first sync (empty inventory)', 'next sync (nothing changed)']) {
      await fetch(`${awsUrl}/_local/counters`, { method: 'DELETE' });
      global.gc?.();
      const before = process.memoryUsage();
      let peakRss = before.rss;
      let peakHeap = before.heapUsed;
      const sampler = setInterval(() => {
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakHeap = Math.max(peakHeap, now.heapUsed);
      }, 5);
      const t = process.hrtime.bigint();
      const report = await syncRegion(REGION);
      const took = Number(process.hrtime.bigint() - t) / 1e6;
      clearInterval(sampler);
      const counters = (await (await fetch(`${awsUrl}/_local/counters`)).json()) as Counters;
      const described = counters.services['ec2']?.actions['DescribeInstances']?.total ?? 0;
      rows.push(
        `| ${report.instances.toLocaleString('en')} | ${run} | ${took.toFixed(0)} | ${described} (⌈N/1000⌉ = ${Math.ceil(report.instances / 1000)}) | ${counters.services['dynamodb']?.total ?? 0} | ${report.changedChunks} of ${report.chunks} | ${mb(peakRss)} (${mb(before.rss)} before) | ${mb(peakHeap)} (${mb(before.heapUsed)} before) |`,
      );
    }
    console.log(
      `Sync of one region (${REGION}) by the sync function's code in this process; local AWS and dynalite in their own\n`,
    );
    console.log(
      '| instances | run | ms | DescribeInstances | DynamoDB calls | chunks written | peak RSS | peak heap |',
    );
    console.log('| --: | --- | --: | --: | --: | --: | --: | --: |');
    for (const row of rows) console.log(row);
  } finally {
    for (const child of children) {
      child.kill();
      if (child.exitCode === null) await once(child, 'exit');
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
