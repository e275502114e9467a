import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

export const WORKSPACE_ROOT = resolve(__dirname, '../../..');

/** Runs a workspace command (`npx nx …`, `npx serverless …`) from the root; resolves its stdout. */
export async function runCommand(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const { stdout } = await promisify(execFile)(command, [...args], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      NX_DAEMON: 'false',
      NX_NO_CLOUD: 'true',
      SLS_TELEMETRY_DISABLED: '1',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}
