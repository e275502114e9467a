import { spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

// Real wires: the same fixture, as source (the X-Ray SDK on cls-hooked) and as a bundle built with
// the deploy options (xray-async-context in its place), runs two traced invocations in a process
// with Lambda's environment and sends its subsegments to a UDP socket of this test.
// The build's own options file (CommonJS), as `nx build` and serverless-esbuild read it.
const { exclude: _serverlessOnly, ...deployOptions } =
  require('@fleet/build/esbuild-options.cjs') as BuildOptions & { exclude: [] };

const FIXTURE = join(__dirname, 'fixtures', 'traced-invocations.ts');
const ROOTS = ['1-5759e988-bd862e3fe1be46a994272793', '1-5759e989-0123456789abcdef01234567'];

interface Subsegment {
  readonly id: string;
  readonly name: string;
  readonly trace_id: string;
  readonly parent_id: string;
}

let daemon: Socket;
let received: Subsegment[];
let outDir: string;

beforeEach(async () => {
  received = [];
  daemon = createSocket('udp4');
  // A datagram is the daemon's header line, then one segment document.
  daemon.on('message', (message) =>
    received.push(JSON.parse(message.toString().split('\n')[1] ?? '{}') as Subsegment),
  );
  await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
  outDir = mkdtempSync(join(tmpdir(), 'xray-async-context-'));
});

afterEach(async () => {
  rmSync(outDir, { recursive: true, force: true });
  await new Promise<void>((resolve) => daemon.close(() => resolve()));
});

/** Runs `args` with Lambda's environment; resolves once the process has exited by itself. */
function runInLambda(args: string[]): Promise<string> {
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      LAMBDA_TASK_ROOT: '/var/task',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      _HANDLER: 'handler',
      AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${(daemon.address() as AddressInfo).port}`,
      POWERTOOLS_SERVICE_NAME: 'xray-async-context-spec',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the fixture did not exit: ${output}`));
    }, 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`the fixture exited with ${code}: ${output}`));
    });
  });
}

/** Every subsegment as `parent name > name`, per trace, in a stable order. */
async function treeOfTraces(): Promise<string[][]> {
  for (let waited = 0; received.length < 10 && waited < 3_000; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
  const byId = new Map(received.map((subsegment) => [subsegment.id, subsegment]));
  return ROOTS.map((root) =>
    received
      .filter((subsegment) => subsegment.trace_id === root)
      .map(
        (subsegment) => `${byId.get(subsegment.parent_id)?.name ?? 'Lambda'} > ${subsegment.name}`,
      )
      .sort(),
  );
}

const EACH_INVOCATION = [
  '## handler > ### step',
  '## handler > DynamoDB',
  '## handler > DynamoDB',
  '### step > DynamoDB',
  'Lambda > ## handler',
];

describe('the AsyncLocalStorage context in a deployed bundle', () => {
  it('carries no cls-hooked: the build puts xray-async-context in its place', async () => {
    const result = await build({
      ...deployOptions,
      entryPoints: [FIXTURE],
      outfile: join(outDir, 'handler.js'),
      sourcemap: false,
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('node_modules/cls-hooked/'))).toBe(false);
    expect(inputs).toContain(
      relative(process.cwd(), join(__dirname, 'xray-async-context.ts')).replaceAll('\\', '/'),
    );
  }, 60_000);

  it('sends the same subsegments, under the same parents, as the SDK on cls-hooked', async () => {
    expect(await runInLambda(['--import', 'tsx', FIXTURE])).toContain('invoked');
    const onClsHooked = await treeOfTraces();
    expect(onClsHooked).toEqual([EACH_INVOCATION, EACH_INVOCATION]);

    received = [];
    await build({
      ...deployOptions,
      entryPoints: [FIXTURE],
      outfile: join(outDir, 'handler.js'),
      sourcemap: false,
      logLevel: 'warning',
    });
    expect(await runInLambda([join(outDir, 'handler.js')])).toContain('invoked');
    expect(await treeOfTraces()).toEqual(onClsHooked);
    // Each invocation's handler hangs under the facade segment of its own trace.
    const handlers = received.filter((subsegment) => subsegment.name === '## handler');
    expect(handlers.map((handler) => handler.parent_id)).toEqual([
      '53995c3f42cd8ad8',
      '0a1b2c3d4e5f6789',
    ]);
  }, 60_000);
});
