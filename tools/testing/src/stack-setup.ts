import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '@fleet/local-stack';

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
  process.env.FLEET_API_URL = stack.apiUrl;
  process.env.LOCAL_AWS_URL = stack.localAwsUrl;
  process.env.FLEET_WEB_URL = stack.webUrl;
  process.env.FLEET_REGIONS = stack.regions.join(',');
  process.env.DYNAMODB_URL = stack.dynamoDbUrl;
  process.env.LAMBDA_URL = stack.lambdaUrl;
  process.env.COGNITO_ENDPOINT = stack.cognito.endpoint;
  process.env.COGNITO_USER_POOL_ID = stack.cognito.userPoolId;
  process.env.COGNITO_CLIENT_ID = stack.cognito.clientId;
  process.env.COGNITO_ISSUER = stack.cognito.issuer;
  process.env.DEMO_PASSWORD = stack.demoPassword;
  process.stdout.write(`\nlocal stack up (logs in ${logDir})\n`);
}
