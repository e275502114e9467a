import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildService, type ChildService } from './child-service';
import { freePort } from './free-port';
import { OFFLINE_BUILD_FAILED } from './offline-build-failure';
import { waitForHttp } from './wait-for-http';

// Real tools: the workspace's osls, serverless-esbuild and serverless-offline start a service whose
// one handler does not compile, as a developer's typo would leave it. The start must end with the
// build's first error in seconds, not after the stack's 480 s timeout.
const WORKSPACE = join(__dirname, '../../..');

let serviceDir: string;
let offline: ChildService | undefined;

beforeEach(() => {
  serviceDir = mkdtempSync(join(tmpdir(), 'offline-build-failure-'));
  symlinkSync(join(WORKSPACE, 'node_modules'), join(serviceDir, 'node_modules'));
  writeFileSync(join(serviceDir, 'handler.ts'), 'export const main = ;\n');
});

afterEach(async () => {
  await offline?.stop();
  rmSync(serviceDir, { recursive: true, force: true });
});

it('ends the wait for serverless-offline at once when a function fails to build, with the error', async () => {
  const [httpPort, lambdaPort] = [await freePort(), await freePort()];
  writeFileSync(
    join(serviceDir, 'serverless.yml'),
    [
      'service: broken-build',
      "frameworkVersion: '3'",
      'provider: { name: aws, runtime: nodejs22.x, stage: local, region: us-east-1 }',
      'plugins: [serverless-esbuild, serverless-offline]',
      `custom: { serverless-offline: { httpPort: ${httpPort}, lambdaPort: ${lambdaPort} } }`,
      'functions:',
      '  main: { handler: handler.main, events: [{ http: { method: get, path: main } }] }',
      '',
    ].join('\n'),
  );
  offline = await startChildService({
    name: 'api',
    command: process.execPath,
    args: [join(WORKSPACE, 'node_modules/osls/bin/serverless.js'), 'offline', 'start'],
    env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
    cwd: serviceDir,
    output: { kind: 'file', path: join(serviceDir, 'offline.log') },
    failsOn: OFFLINE_BUILD_FAILED,
  });
  const started = Date.now();
  const waited = waitForHttp(`http://127.0.0.1:${httpPort}/_ready`, {
    timeoutMs: 480_000,
    failed: offline.failure,
  });
  await expect(waited).rejects.toThrow(
    /^api failed: Error: Build failed with 1 error: handler\.ts:1:\d+: ERROR: Unexpected ";"$/,
  );
  // It failed while the process still ran: that is what the line is watched for.
  expect(offline.exitReason()).toBeUndefined();
  expect(Date.now() - started).toBeLessThan(60_000);
}, 90_000);
