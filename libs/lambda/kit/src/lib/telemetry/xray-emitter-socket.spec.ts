import { spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

// Real wires: the fixture runs the X-Ray SDK in a process with Lambda's environment and sends to
// a UDP socket of this test, which sees each datagram's source port.
const FIXTURE = join(__dirname, 'fixtures', 'two-traced-sends.ts');

let daemon: Socket;
let senders: number[];

beforeEach(async () => {
  senders = [];
  daemon = createSocket('udp4');
  daemon.on('message', (_message, from) => senders.push(from.port));
  await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
});

afterEach(() => new Promise<void>((resolve) => daemon.close(() => resolve())));

/** Runs the fixture; resolves with its output once it has exited of its own accord. */
function run(mode: 'kit' | 'sdk-default'): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, mode], {
    env: {
      ...process.env,
      LAMBDA_TASK_ROOT: '/var/task',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${(daemon.address() as AddressInfo).port}`,
      _X_AMZN_TRACE_ID:
        'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
      POWERTOOLS_SERVICE_NAME: 'xray-emitter-socket-spec',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    // Nothing here ends the fixture: a socket that held its event loop open would time it out.
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the fixture did not exit by itself: ${output}`));
    }, 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`the fixture exited with ${code}: ${output}`));
    });
  });
}

const arrived = async (count: number): Promise<void> => {
  for (let waited = 0; senders.length < count && waited < 2_000; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('keepOneXRaySocket', () => {
  it('sends every segment of a Lambda process from one socket, which does not keep the process alive', async () => {
    expect(await run('kit')).toContain('sent');
    await arrived(2);
    expect(senders).toHaveLength(2);
    expect(new Set(senders).size).toBe(1);
  }, 20_000);

  it('is needed: inside Lambda the SDK alone opens a new socket for sends made apart', async () => {
    expect(await run('sdk-default')).toContain('sent');
    await arrived(2);
    expect(senders).toHaveLength(2);
    expect(new Set(senders).size).toBe(2);
  }, 20_000);
});
