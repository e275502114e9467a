// What the X-Ray SDK costs a function per request, as the kit uses it (Powertools Tracer over
// aws-xray-sdk-core), with nothing else around it: no serverless-offline, no HTTP, no emulator.
// The tracing-overhead bench (tools/local-stack) measures the whole local request; this one says
// where its extra time goes. Each mode runs in a process of its own, because the SDK decides at
// load time whether it is inside Lambda; modes are interleaved and repeated.
//
// A "request" is what a traced list read does in the function: one DynamoDB call (the inventory's
// version check; its HTTP answer is served in-process, so only the SDK's own work is timed) and
// twenty awaits for the Middy chain, inside the kit's `## handler` subsegment.
//
// The SDK keeps its context with cls-hooked as published; every bundle carries the kit's
// AsyncLocalStorage version instead (xray-async-context.ts, put in place by the build's alias).
// The `kit context` modes load it the same way here, so the table compares the two in one run.
import { fork } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { createRequire, Module } from 'node:module';
import { Readable } from 'node:stream';
import { median } from '@fleet/testing';

interface Mode {
  readonly name: string;
  readonly what: string;
  /** Diagnostic: Powertools Tracer (and with it the X-Ray SDK) not loaded at all. */
  readonly noTracer?: boolean;
  /** Inside Lambda (Powertools and the SDK switch tracing on), as the local stack's workers are. */
  readonly lambda: boolean;
  readonly handlerSubsegment: boolean;
  readonly captureClient: boolean;
  /** Diagnostic: the SDK's Lambda default of a new socket per send, which the kit replaces. */
  readonly sdkDefaultSocket?: boolean;
  /** The kit's AsyncLocalStorage context in place of cls-hooked, as in every bundle. */
  readonly kitContext?: boolean;
}

const MODES: readonly Mode[] = [
  {
    name: 'no-tracer',
    what: 'diagnostic: no Tracer loaded (the X-Ray SDK installs its async hooks when it loads)',
    lambda: false,
    handlerSubsegment: false,
    captureClient: false,
    noTracer: true,
  },
  {
    name: 'off',
    what: 'tracing off (Tracer loaded, outside Lambda): the baseline',
    lambda: false,
    handlerSubsegment: false,
    captureClient: false,
  },
  {
    name: 'context',
    what: 'on: the SDK’s context carried through every await (facade segment only)',
    lambda: true,
    handlerSubsegment: false,
    captureClient: false,
  },
  {
    name: 'handler',
    what: 'on: + the kit’s `## handler` subsegment, sent as it closes',
    lambda: true,
    handlerSubsegment: true,
    captureClient: false,
  },
  {
    name: 'traced',
    what: 'on: + the DynamoDB client captured (a subsegment per call) = a traced request',
    lambda: true,
    handlerSubsegment: true,
    captureClient: true,
  },
  {
    name: 'traced-sdk-socket',
    what: 'diagnostic: as traced, with the SDK’s Lambda default of a new UDP socket per send',
    lambda: true,
    handlerSubsegment: true,
    captureClient: true,
    sdkDefaultSocket: true,
  },
  {
    name: 'off-kit',
    what: 'as bundled: tracing off, the kit’s AsyncLocalStorage context in place of cls-hooked',
    lambda: false,
    handlerSubsegment: false,
    captureClient: false,
    kitContext: true,
  },
  {
    name: 'traced-kit',
    what: 'as bundled: a traced request, the kit’s AsyncLocalStorage context in place of cls-hooked',
    lambda: true,
    handlerSubsegment: true,
    captureClient: true,
    kitContext: true,
  },
];

const REQUESTS = 2_000;
const ROUNDS_PER_PROCESS = 5;
const PROCESSES_PER_MODE = 3;

/**
 * What the build's alias does to a bundle, done to this process's module cache: the X-Ray SDK's
 * `require('cls-hooked/context')` gets the kit's module. Must run before the SDK loads.
 */
function useKitContext(): void {
  const path = createRequire(require.resolve('aws-xray-sdk-core')).resolve('cls-hooked/context');
  const substitute = new Module(path);
  substitute.filename = path;
  substitute.loaded = true;
  substitute.exports = require('../src/lib/telemetry/xray-async-context');
  require.cache[path] = substitute;
}

async function child(mode: Mode, daemon: string): Promise<void> {
  if (mode.kitContext) useKitContext();
  if (mode.lambda) {
    // What Lambda's runtime (or the local stack's worker preload) sets before the handler runs.
    process.env.LAMBDA_TASK_ROOT = '/var/task';
    process.env.AWS_EXECUTION_ENV = 'AWS_Lambda_nodejs22.x';
    process.env.AWS_XRAY_DAEMON_ADDRESS = daemon;
    process.env._X_AMZN_TRACE_ID =
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
  }
  process.env.POWERTOOLS_SERVICE_NAME = 'xray-sdk-cost';
  // Imported only now: the SDK reads the environment when it loads.
  const { DynamoDBClient, GetItemCommand } = await import('@aws-sdk/client-dynamodb');
  const tracer = mode.noTracer
    ? undefined
    : new (await import('@aws-lambda-powertools/tracer')).Tracer();
  // As the kit does (observability.ts), once the SDK has loaded: one kept UDP socket. Imported
  // only now, as the SDK is: its emitter reads AWS_XRAY_DAEMON_ADDRESS when it loads.
  if (tracer && !mode.sdkDefaultSocket)
    (await import('../src/lib/telemetry/xray-emitter-socket')).keepOneXRaySocket();
  const body = JSON.stringify({ Item: { pk: { S: 'inventory' }, version: { N: '12' } } });
  const plain = new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    requestHandler: {
      handle: async () => ({
        response: {
          statusCode: 200,
          headers: { 'content-type': 'application/x-amz-json-1.0' },
          body: Readable.from([Buffer.from(body)]),
        },
      }),
    } as never,
  });
  // A mode that measured the other context store than it names would mislead: check which one the
  // SDK holds.
  const kitNamespace =
    tracer?.provider.getNamespace() instanceof
    (await import('../src/lib/telemetry/xray-async-context')).Namespace;
  if (tracer && kitNamespace !== Boolean(mode.kitContext))
    throw new Error(`${mode.name}: the X-Ray SDK does not hold the context store this mode names`);
  const client = mode.captureClient && tracer ? tracer.captureAWSv3Client(plain) : plain;
  const command = new GetItemCommand({ TableName: 'inventory', Key: { pk: { S: 'inventory' } } });

  async function request(): Promise<void> {
    const parent = mode.handlerSubsegment ? tracer?.getSegment() : undefined;
    const handler = parent?.addNewSubsegment('## handler');
    if (handler) tracer?.setSegment(handler);
    await client.send(command);
    for (let step = 0; step < 20; step++) await Promise.resolve(step);
    if (handler && parent) {
      handler.close();
      tracer?.setSegment(parent);
    }
  }

  for (let warm = 0; warm < REQUESTS; warm++) await request();
  const microseconds: number[] = [];
  for (let round = 0; round < ROUNDS_PER_PROCESS; round++) {
    const start = process.hrtime.bigint();
    for (let index = 0; index < REQUESTS; index++) await request();
    microseconds.push(Number(process.hrtime.bigint() - start) / 1_000 / REQUESTS);
  }
  process.send?.({ microseconds });
  // Let the last datagrams leave before the process ends.
  setTimeout(() => process.exit(0), 200);
}

async function runChild(mode: Mode, daemon: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const worker = fork(__filename, ['--mode', mode.name, daemon], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR' },
    });
    let result: number[] | undefined;
    worker.on('message', (message: { microseconds: number[] }) => (result = message.microseconds));
    worker.on('error', reject);
    worker.on('exit', (code) =>
      result ? resolve(result) : reject(new Error(`${mode.name} exited with ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  // The daemon's stand-in: it counts what arrives, so the table shows what each mode sends.
  const daemon = createSocket('udp4');
  let datagrams = 0;
  daemon.on('message', () => datagrams++);
  await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
  const address = `127.0.0.1:${daemon.address().port}`;

  const samples = new Map<string, number[]>(MODES.map((mode) => [mode.name, []]));
  const sent = new Map<string, number>(MODES.map((mode) => [mode.name, 0]));
  for (let round = 0; round < PROCESSES_PER_MODE; round++) {
    for (const mode of round % 2 === 0 ? MODES : [...MODES].reverse()) {
      const before = datagrams;
      samples.get(mode.name)?.push(...(await runChild(mode, address)));
      sent.set(mode.name, (sent.get(mode.name) ?? 0) + datagrams - before);
    }
  }
  daemon.close();

  const requestsPerMode = PROCESSES_PER_MODE * (ROUNDS_PER_PROCESS + 1) * REQUESTS;
  const baseline = median(samples.get('off') ?? []);
  console.log(
    `The X-Ray SDK in a function, per request (one DynamoDB call answered in-process, 20 awaits, the kit's \`## handler\` subsegment), Powertools Tracer over aws-xray-sdk-core; ${PROCESSES_PER_MODE} processes per mode, interleaved, each ${ROUNDS_PER_PROCESS} × ${REQUESTS.toLocaleString('en')} requests after ${REQUESTS.toLocaleString('en')} warm-up\n`,
  );
  console.log(
    '| mode | µs per request (median) | + over tracing off | UDP datagrams per request |',
  );
  console.log('| --- | --: | --: | --: |');
  for (const mode of MODES) {
    const value = median(samples.get(mode.name) ?? []);
    const difference = value - baseline;
    const extra =
      mode.name === 'off' ? '' : `${difference < 0 ? '−' : '+'}${Math.abs(difference).toFixed(0)}`;
    const perRequest = ((sent.get(mode.name) ?? 0) / requestsPerMode).toFixed(2);
    console.log(`| ${mode.what} | ${value.toFixed(0)} | ${extra} | ${perRequest} |`);
  }
  const of = (name: string): number => median(samples.get(name) ?? []);
  console.log(
    `\nAs bundled (the kit's context), a traced request costs ${(of('traced-kit') - of('off-kit')).toFixed(0)} µs over an untraced one; on cls-hooked ${(of('traced') - of('off')).toFixed(0)} µs. The kit's context takes ${(of('traced') - of('traced-kit')).toFixed(0)} µs off a traced request and ${(of('off') - of('off-kit')).toFixed(0)} µs off an untraced one.`,
  );
}

async function start(): Promise<void> {
  const modeIndex = process.argv.indexOf('--mode');
  if (modeIndex < 0) return main();
  const mode = MODES.find((candidate) => candidate.name === process.argv[modeIndex + 1]);
  if (!mode) throw new Error(`unknown mode ${process.argv[modeIndex + 1]}`);
  return child(mode, process.argv[modeIndex + 2] ?? '127.0.0.1:2000');
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
