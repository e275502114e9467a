import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startChildService, type ChildService } from '../child-service';
import { freePort } from '../free-port';
import { resolvedResources, type CfnResource } from '../serverless-config';
import { waitForHttp } from '../wait-for-http';
import { DEMO_PASSWORD, DEMO_USERS } from '@fleet/demo-users';
import { provisionCognito } from './provision-cognito';

const WORKSPACE = resolve(__dirname, '../../../..');

describe('provisionCognito (against cognito-local, from serverless.yml)', () => {
  let cognitoLocal: ChildService;
  let dataDir: string;
  let endpoint: string;
  let resources: Record<string, CfnResource>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cognito-'));
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    cognitoLocal = await startChildService({
      name: 'cognito',
      command: process.execPath,
      args: [join(WORKSPACE, 'node_modules/cognito-local/lib/bin/start.js')],
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      cwd: dataDir,
      output: { kind: 'file', path: join(dataDir, 'cognito.log') },
    });
    [resources] = await Promise.all([
      resolvedResources(WORKSPACE, 'local'),
      waitForHttp(endpoint, { timeoutMs: 20_000, failed: cognitoLocal.exitReason }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await cognitoLocal.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates the pool with the password policy of serverless.yml and signs every demo user in', async () => {
    const cognito = await provisionCognito(endpoint, resources);
    const client = new CognitoIdentityProviderClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });

    const { UserPool } = await client.send(
      new DescribeUserPoolCommand({ UserPoolId: cognito.userPoolId }),
    );
    expect(UserPool?.Policies?.PasswordPolicy?.MinimumLength).toBe(12);
    for (const user of DEMO_USERS) {
      const { AuthenticationResult } = await client.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: cognito.clientId,
          AuthParameters: { USERNAME: user.email, PASSWORD: DEMO_PASSWORD },
        }),
      );
      // The groups as the API's authorizer reads them: from the ID token.
      const payload = JSON.parse(
        Buffer.from(AuthenticationResult?.IdToken?.split('.')[1] ?? '', 'base64url').toString(),
      ) as Record<string, unknown>;
      expect(payload['email']).toBe(user.email);
      expect((payload['cognito:groups'] as string[]).sort()).toEqual([...user.groups].sort());
    }
  });

  it('finds what it made on a restart instead of making it twice', async () => {
    const first = await provisionCognito(endpoint, resources);
    const second = await provisionCognito(endpoint, resources);

    expect(second).toEqual(first);
  });
});
