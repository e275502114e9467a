/**
 * Benchmark of the local tracing's cost: p50 of `GET /instances` (first page, admin) on two
 * local stacks alike but for tracing — on (trace context from the gateway proxy, worker preload,
 * Powertools Tracer subsegments with the kit's annotations over UDP to the local X-Ray, the
 * gateway's and Lambda's segments uploaded to it in batches) and off — in interleaved runs of 500
 * requests each (RUNS_PER_MODE of each), so load from the rest of the machine falls on both
 * alike. Fleet: 1,000 instances in 3 regions.
 *
 * Both stacks answer through the same local API Gateway stand-in (`gateway-proxy.ts`): API
 * Gateway is in front of the functions on AWS whether tracing is on or not, so the off stack
 * pays the same local HTTP hop (the proxy passing requests on, tracing nothing) and the ratio
 * measures tracing, not the emulation's extra hop.
 * Run: `npm run bench tracing-overhead`. Starts its own stacks on free ports and stops them.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { median, percentile } from '@fleet/testing';
import { startLocalStack, type LocalStack } from '../src/index';
import { cpuBetween, cpuReader, type CpuTimes } from './process-cpu';

const WORKSPACE = join(__dirname, '..', '..', '..');

/** The Thue–Morse sequence: the parity of the number of 1 bits of `index` (0 1 1 0 1 0 0 1 …). */
function thueMorse(index: number): number {
  let ones = 0;
  for (let rest = index; rest > 0; rest >>= 1) ones += rest & 1;
  return ones % 2;
}
const INSTANCES = 1_000;
const REQUESTS_PER_RUN = 500;
// On a busy 2-core machine one run's p50 can be 20 % off the next one's: with 4 runs a mode the
// ratio moved by ±0.05 from one bench to the next (stop 23), so 8.
const RUNS_PER_MODE = 8;
// Per stack, before the timed runs, in alternating blocks so both stacks end it equally warm.
// With 50, each run was faster than the one before it (JIT and caches still settling: first run
// ≈ 15 % slower than the last), which penalised whichever mode went first; with 300, one stack's
// then the other's, the first two timed runs still read 10–20 % above the rest (stop 21); after
// 1,000 in blocks of 50 they are level.
const WARM_UP = 1_000;
const WARM_UP_BLOCK = 50;
const PATH = '/instances?limit=50';

type Mode = 'on' | 'off';

// The machine is shared: the figure means little without how busy it was.
const loadAverage = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

interface Run {
  readonly mode: Mode;
  readonly samples: number[];
  /** The 1-minute load average once the run was done. */
  readonly load: number;
  /** CPU the stack's processes used during the run (ms), when /proc tells. */
  readonly cpu: CpuTimes;
}

async function adminToken(stack: LocalStack): Promise<string> {
  const cognito = new CognitoIdentityProviderClient({
    endpoint: stack.cognito.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const { AuthenticationResult } = await cognito.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: stack.cognito.clientId,
      AuthParameters: { USERNAME: 'admin@example.com', PASSWORD: stack.demoPassword },
    }),
  );
  if (!AuthenticationResult?.IdToken) throw new Error('the admin got no ID token');
  return AuthenticationResult.IdToken;
}

const started: LocalStack[] = [];
// Stopped early (Ctrl-C, a timeout), the bench still stops the stacks it started.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void Promise.all(started.map((stack) => stack.stop())).finally(() => process.exit(130));
  });

// The noise one bench carries: each adjacent pair of runs (the Thue–Morse order puts one of each
// mode in every pair) gives its own ratio of p50s; their spread says how far a single run's
// figure can sit from the next one's on this host just then.
function printPairSpread(runs: readonly Run[]): void {
  const ratios: number[] = [];
  for (let index = 0; index + 1 < runs.length; index += 2) {
    const pair = [runs[index], runs[index + 1]];
    const on = pair.find((run) => run?.mode === 'on');
    const off = pair.find((run) => run?.mode === 'off');
    if (on && off) ratios.push(percentile(on.samples, 0.5) / percentile(off.samples, 0.5));
  }
  if (ratios.length === 0) return;
  console.log(
    `Adjacent pairs of runs, p50 on / off: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')} (median ${median(ratios).toFixed(3)}, from ${Math.min(...ratios).toFixed(2)} to ${Math.max(...ratios).toFixed(2)}: the noise of one pair on this host)`,
  );
}

// Traces the stack's local X-Ray holds (its health route), read once the last batches are in.
async function tracesHeld(stack: LocalStack): Promise<number> {
  const response = await fetch(`${stack.localAwsUrl}/_local/health`);
  const health = (await response.json()) as { xray: { traces: number } };
  return health.xray.traces;
}

// A ratio near 1 means nothing if the "on" stack silently traced nothing: every request it
// answered must have left a trace, and the "off" stack none.
async function checkTraced(stacks: Record<Mode, LocalStack>, requests: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // the uploaders' last batches
  const held = { on: await tracesHeld(stacks.on), off: await tracesHeld(stacks.off) };
  console.log(
    `\nTraces in each stack's local X-Ray: on ${held.on.toLocaleString('en')} for ${requests.toLocaleString('en')} requests, off ${held.off}`,
  );
  if (held.on < requests || held.off !== 0)
    throw new Error('tracing was not on in the "on" stack only: the ratio measures nothing');
}

async function start(mode: Mode): Promise<LocalStack> {
  const stack = await startLocalStack({
    ports: 'free',
    web: 'none',
    instances: INSTANCES,
    output: { logDir: join(WORKSPACE, 'tmp', `bench-tracing-${mode}`) },
    cognitoData: 'fresh',
    inventorySyncPeriod: '12 hours',
    tracing: mode === 'on',
  });
  started.push(stack);
  return stack;
}

// Where tracing's time goes: CPU per request of each process, on against off.
function printCpu(runs: readonly Run[]): void {
  const requests = (mode: Mode): number =>
    runs.filter((run) => run.mode === mode).reduce((sum, run) => sum + run.samples.length, 0);
  const perRequest = (mode: Mode, part: string): number =>
    runs.filter((run) => run.mode === mode).reduce((sum, run) => sum + (run.cpu[part] ?? 0), 0) /
    requests(mode);
  const parts = [...new Set(runs.flatMap((run) => Object.keys(run.cpu)))];
  if (parts.length === 0) return;
  console.log('\nCPU per request (ms; user + system, from /proc, 10 ms ticks over each run)\n');
  console.log('| process | tracing on | tracing off | on − off |');
  console.log('| --- | --: | --: | --: |');
  const total = { on: 0, off: 0 };
  for (const part of parts) {
    const [on, off] = [perRequest('on', part), perRequest('off', part)];
    total.on += on;
    total.off += off;
    console.log(`| ${part} | ${on.toFixed(2)} | ${off.toFixed(2)} | ${(on - off).toFixed(2)} |`);
  }
  console.log(
    `| all | ${total.on.toFixed(2)} | ${total.off.toFixed(2)} | ${(total.on - total.off).toFixed(2)} |`,
  );
}

async function main(): Promise<void> {
  process.stderr.write(`starting two stacks of ${INSTANCES} instances (tracing on, off)…\n`);
  const on = await start('on');
  // A stack that fails to start must not leave the other one running.
  const off = await start('off').catch(async (error: unknown) => {
    await on.stop();
    throw error;
  });
  const stacks = { on, off };
  try {
    const request = async (mode: Mode, authorization: string): Promise<number> => {
      const began = performance.now();
      const response = await fetch(`${stacks[mode].apiUrl}${PATH}`, {
        headers: { Authorization: authorization },
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`tracing ${mode}: ${response.status}`);
      return performance.now() - began;
    };
    const tokens = {
      on: `Bearer ${await adminToken(stacks.on)}`,
      off: `Bearer ${await adminToken(stacks.off)}`,
    };
    // Workers, SDK clients, the inventory's first load and connections, on both sides.
    for (let done = 0; done < WARM_UP; done += WARM_UP_BLOCK)
      for (const mode of ['off', 'on'] as const)
        for (let i = 0; i < WARM_UP_BLOCK; i++) await request(mode, tokens[mode]);
    const runs: Run[] = [];
    const loadBefore = loadAverage();
    // on, off, off, on, off, on, on, off, … (the Thue–Morse order): a drift of the machine's speed
    // during the runs, linear or curved, falls on both modes alike.
    const order: Mode[] = Array.from({ length: 2 * RUNS_PER_MODE }, (_, index) =>
      thueMorse(index) === 0 ? 'on' : 'off',
    );
    const cpu = { on: cpuReader(stacks.on), off: cpuReader(stacks.off) };
    for (const mode of order) {
      const samples: number[] = [];
      const before = cpu[mode]?.() ?? {};
      for (let i = 0; i < REQUESTS_PER_RUN; i++) samples.push(await request(mode, tokens[mode]));
      const used = cpuBetween(before, cpu[mode]?.() ?? {});
      runs.push({ mode, samples, load: loadavg()[0] ?? NaN, cpu: used });
      process.stderr.write(`run ${runs.length}/${order.length} (tracing ${mode}) done\n`);
    }
    console.log(
      `GET ${PATH} as the admin over HTTP on the local stack, ${INSTANCES.toLocaleString('en')} instances in 3 regions; both stacks behind the same local API Gateway proxy (tracing on: it traces; off: it passes requests on); ${order.length} interleaved runs of ${REQUESTS_PER_RUN} sequential requests (${order.join(', ')}) after ${WARM_UP} warm-up requests per stack in alternating blocks of ${WARM_UP_BLOCK}; load average (1, 5, 15 min) before the runs ${loadBefore}, after ${loadAverage()}\n`,
    );
    console.log('| run | tracing | requests | p50 ms | p95 ms | load after |');
    console.log('| --: | --- | --: | --: | --: | --: |');
    runs.forEach((run, index) =>
      console.log(
        `| ${index + 1} | ${run.mode} | ${run.samples.length} | ${percentile(run.samples, 0.5).toFixed(1)} | ${percentile(run.samples, 0.95).toFixed(1)} | ${run.load.toFixed(2)} |`,
      ),
    );
    const all = (mode: Mode): number[] =>
      runs.filter((run) => run.mode === mode).flatMap((run) => run.samples);
    const [p50On, p50Off] = [percentile(all('on'), 0.5), percentile(all('off'), 0.5)];
    console.log('');
    console.log('| tracing | requests | p50 ms | p95 ms |');
    console.log('| --- | --: | --: | --: |');
    for (const mode of ['on', 'off'] as const)
      console.log(
        `| ${mode} | ${all(mode).length} | ${percentile(all(mode), 0.5).toFixed(1)} | ${percentile(all(mode), 0.95).toFixed(1)} |`,
      );
    console.log(`\np50 tracing on / off: ${(p50On / p50Off).toFixed(3)} (budget ≤ 1.10)`);
    printPairSpread(runs);
    printCpu(runs);
    await checkTraced(stacks, WARM_UP + all('on').length);
  } finally {
    await Promise.all([stacks.on.stop(), stacks.off.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
