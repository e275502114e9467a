import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import {
  runInLambda,
  startXRayDaemonStandIn,
  type XRayDaemonStandIn,
} from './fixtures/lambda-process';

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

let daemon: XRayDaemonStandIn;
let outDir: string;
/** The fixture bundled once, as the deploy builds a handler; both cases read this one build. */
let bundle: { path: string; inputs: string[] };

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'xray-async-context-'));
  const path = join(outDir, 'handler.js');
  const result = await build({
    ...deployOptions,
    entryPoints: [FIXTURE],
    outfile: path,
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
  });
  bundle = { path, inputs: Object.keys(result.metafile.inputs) };
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

beforeEach(async () => {
  daemon = await startXRayDaemonStandIn();
});

afterEach(() => daemon.close());

/** The subsegments that arrived from `from` on, each datagram being a header line and a document. */
function subsegments(from = 0): Subsegment[] {
  return daemon.received
    .slice(from)
    .map((datagram) => JSON.parse(datagram.text.split('\n')[1] ?? '{}') as Subsegment);
}

/** Every subsegment as `parent name > name`, per trace, in a stable order. */
async function treeOfTraces(from: number): Promise<string[][]> {
  await daemon.arrived(from + 10);
  const received = subsegments(from);
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
  it('carries no cls-hooked: the build puts xray-async-context in its place', () => {
    expect(bundle.inputs.some((input) => input.includes('node_modules/cls-hooked/'))).toBe(false);
    expect(bundle.inputs).toContain(
      relative(process.cwd(), join(__dirname, 'xray-async-context.ts')).replaceAll('\\', '/'),
    );
  });

  it('sends the same subsegments, under the same parents, as the SDK on cls-hooked', async () => {
    expect(await runInLambda(['--import', 'tsx', FIXTURE], daemon.address)).toContain('invoked');
    const onClsHooked = await treeOfTraces(0);
    expect(onClsHooked).toEqual([EACH_INVOCATION, EACH_INVOCATION]);

    const bundled = daemon.received.length;
    expect(await runInLambda([bundle.path], daemon.address)).toContain('invoked');
    expect(await treeOfTraces(bundled)).toEqual(onClsHooked);
    // Each invocation's handler hangs under the facade segment of its own trace.
    const handlers = subsegments(bundled).filter((subsegment) => subsegment.name === '## handler');
    expect(handlers.map((handler) => handler.parent_id)).toEqual([
      '53995c3f42cd8ad8',
      '0a1b2c3d4e5f6789',
    ]);
  }, 60_000);
});
