import { spawn } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(__dirname, '..', 'src', 'cli.ts');

/** Runs the command as users do, answering its output once it has exited. */
function runCli(
  args: string[],
  onReady: (url: string) => Promise<void>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let ready = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /local-aws ready on (http:\/\/\S+)/.exec(output)?.[1];
      if (url && !ready) {
        ready = true;
        onReady(url).then(() => child.kill('SIGTERM'), reject);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the local-aws command', () => {
  it('prints its ready line, serves, and exits cleanly on SIGTERM', async () => {
    let health: unknown;
    const { code, output } = await runCli(
      [
        '--port',
        '0',
        // A free port for X-Ray's UDP too: the default (2000) is taken while `npm start` runs.
        '--xray-daemon-address',
        '127.0.0.1:0',
        '--instances',
        '12',
        '--regions',
        'us-east-1,eu-west-1',
        '--quiet',
      ],
      async (url) => {
        health = await (await fetch(`${url}/_local/health`)).json();
      },
    );
    expect(output).toMatch(
      /^local-aws ready on http:\/\/127\.0\.0\.1:\d+ \(12 instances in 2 regions\)$/m,
    );
    expect(health).toMatchObject({ status: 'ok', regions: ['us-east-1', 'eu-west-1'] });
    expect(code).toBe(0);
  });
});
