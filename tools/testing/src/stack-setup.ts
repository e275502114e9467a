import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { stackEnvironment, startLocalStack, type LocalStack } from '@fleet/local-stack';

declare global {
  var __FLEET_STACK__: LocalStack | undefined;
}

/**
 * Jest global set-up of the "stack" project: one local stack (local AWS, API under
 * serverless-offline, built dashboard under vite preview) on free ports for all its test files.
 * Test workers are started afterwards and inherit the URLs through the environment.
 */
export default async function stackSetup(): Promise<void> {
  const logDir = join(__dirname, '../../../tmp/test-stack-logs');
  await rm(logDir, { recursive: true, force: true });
  const stack = await startLocalStack({
    ports: 'free',
    web: 'preview',
    output: { logDir },
    cognitoData: 'fresh',
    // Tests trigger the inventory's sync themselves: no scheduled sync adds AWS calls to theirs.
    inventorySyncPeriod: '12 hours',
    // Fast enough that a test can watch an instance settle, slow enough to see it move.
    localAwsEnv: {
      LOCAL_AWS_PENDING_MS: '300',
      LOCAL_AWS_STOPPING_MS: '300',
      LOCAL_AWS_SHUTTING_DOWN_MS: '300',
    },
  });
  globalThis.__FLEET_STACK__ = stack;
  Object.assign(process.env, stackEnvironment(stack));
  process.stdout.write(`\nlocal stack up (logs in ${logDir})\n`);
}
