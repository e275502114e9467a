// GET /instances through HTTP on the local stack, at 1,000 / 10,000 / 100,000 instances in 3
// regions with realistic EC2 documents: API Gateway's place taken by serverless-offline (with the
// Lambda authorizer; tracing off), the list function in its own worker, DynamoDB (dynalite) and
// EC2 calls counted by the local AWS.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InstancePage } from '@fleet/contract';
import type { DemoUserKey } from '@fleet/demo-users';
import { stackEnvironment, startLocalStack } from '@fleet/local-stack';
import type { LocalAwsCounters } from '@fleet/testing';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const WORKSPACE = fileURLToPath(new URL('../../../..', import.meta.url));

interface Row {
  readonly size: number;
  readonly request: string;
  readonly p50: number | null;
  readonly p95: number | null;
  readonly ec2: number;
  readonly dynamodb: number;
}

interface Kind {
  readonly request: string;
  readonly as: DemoUserKey;
  /** The path of the i-th request (next pages follow the cursors the list hands out). */
  path(i: number): Promise<string>;
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const pct = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  0;

async function run(size: number): Promise<Row[]> {
  process.stderr.write(`${size} instances: starting the local stack…\n`);
  const stack = await startLocalStack({
    ports: 'free',
    web: 'none',
    instances: size,
    regions: REGIONS,
    output: { logDir: join(WORKSPACE, 'tmp', `bench-list-${size}`) },
    cognitoData: 'fresh',
    inventorySyncPeriod: '12 hours',
    // No tracing proxy in front of serverless-offline: the list's own path, nothing of X-Ray's.
    tracing: false,
  });
  try {
    Object.assign(process.env, stackEnvironment(stack));
    // Imported once the stack's variables are set: the helpers read them.
    const { callApi, localAwsCounters, resetLocalAwsCounters } = await import('@fleet/testing');
    let made = 0;
    const get = async (path: string, as: DemoUserKey): Promise<InstancePage> => {
      made += 1;
      const answer = await callApi<InstancePage>(path, {}, { as });
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
      return answer.body;
    };
    const per = (counters: LocalAwsCounters, service: string, n: number): number =>
      (counters.services[service]?.total ?? 0) / n;
    // Sign-ins and the authorizer's cold start are not the list's: made before anything is timed.
    await callApi(`/instances/${REGIONS[0]}/i-00000000000000000`, {}, { as: 'admin' });
    await callApi(`/instances/${REGIONS[0]}/i-00000000000000000`, {}, { as: 'operator' });
    const rows: Row[] = [];
    const timed = async (request: string, path: string, as: DemoUserKey): Promise<InstancePage> => {
      await resetLocalAwsCounters();
      const t = process.hrtime.bigint();
      const page = await get(path, as);
      const took = ms(t);
      const counters = await localAwsCounters();
      rows.push({
        size,
        request,
        p50: took,
        p95: null,
        ec2: per(counters, 'ec2', 1),
        dynamodb: per(counters, 'dynamodb', 1),
      });
      return page;
    };
    const first = await timed(
      "a worker's cold load (first request: start + every chunk)",
      '/instances',
      'admin',
    );
    await timed(
      'first page in a sort not yet used by the worker',
      '/instances?sort=-launchTime',
      'admin',
    );
    const id = first.items[0]?.id ?? '';
    let cursor: string | null = null;
    const kinds: Kind[] = [
      {
        request: 'first page (sort by name, 50 rows)',
        as: 'admin',
        path: async () => '/instances',
      },
      {
        request: 'next page (cursor)',
        as: 'admin',
        path: async () => {
          cursor ??= (await get('/instances', 'admin')).nextCursor;
          const path = `/instances?cursor=${encodeURIComponent(cursor ?? '')}`;
          cursor = (await get(path, 'admin')).nextCursor;
          return path;
        },
      },
      {
        request: 'first page, team scope (operator, payments)',
        as: 'operator',
        path: async () => '/instances',
      },
      {
        request: 'filter state=stopped, sort -launchTime',
        as: 'admin',
        path: async () => '/instances?state=stopped&sort=-launchTime',
      },
      {
        request: 'free text "payments prod"',
        as: 'admin',
        path: async () => '/instances?q=payments%20prod',
      },
      {
        request: 'free text matching one instance (its id)',
        as: 'admin',
        path: async () => `/instances?q=${id}`,
      },
    ];
    for (const kind of kinds) {
      for (let i = 0; i < 3; i += 1) await get(await kind.path(i), kind.as);
      const times: number[] = [];
      await resetLocalAwsCounters();
      made = 0;
      for (let i = 0; i < ROUNDS; i += 1) {
        const path = await kind.path(i);
        const t = process.hrtime.bigint();
        await get(path, kind.as);
        times.push(ms(t));
      }
      // Calls per request made, untimed ones included (the next-page walk learns its cursors).
      const calls = await localAwsCounters();
      rows.push({
        size,
        request: kind.request,
        p50: pct(times, 0.5),
        p95: pct(times, 0.95),
        ec2: per(calls, 'ec2', made),
        dynamodb: per(calls, 'dynamodb', made),
      });
    }
    return rows;
  } finally {
    await stack.stop();
  }
}

// Each size runs in a process of its own, with a stack of its own.
function runAlone(size: number): Row[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_ONE: String(size) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the ${size}-instance run failed`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '[]') as Row[];
}

const fixed = (value: number | null, digits: number): string =>
  value === null
    ? ''
    : value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  if (process.env.BENCH_ONE) {
    console.log(JSON.stringify(await run(Number(process.env.BENCH_ONE))));
    return;
  }
  const rows = SIZES.flatMap(runAlone);
  console.log(
    `GET /instances over HTTP on the local stack (serverless-offline + Lambda authorizer, tracing off), 3 regions, realistic documents; warm figures over ${ROUNDS} requests each\n`,
  );
  console.log(
    '| instances | request | p50 ms | p95 ms | EC2 calls / request | DynamoDB calls / request |',
  );
  console.log('| --: | --- | --: | --: | --: | --: |');
  for (const row of rows)
    console.log(
      `| ${row.size.toLocaleString('en')} | ${row.request} | ${fixed(row.p50, 1)} | ${fixed(row.p95, 1)} | ${fixed(row.ec2, 2)} | ${fixed(row.dynamodb, 2)} |`,
    );
  const p50 = (size: number | undefined, request: string): number =>
    rows.find((row) => row.size === size && row.request === request)?.p50 ?? NaN;
  const [smallest, largest] = [SIZES[0], SIZES.at(-1)];
  console.log('');
  for (const request of ['first page (sort by name, 50 rows)', 'next page (cursor)'])
    console.log(
      `p50(${largest?.toLocaleString('en')}) / p50(${smallest?.toLocaleString('en')}), ${request}: ${(p50(largest, request) / p50(smallest, request)).toFixed(2)}`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
