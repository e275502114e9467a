import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  GroupExistsException,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UsernameExistsException,
  type CreateUserPoolClientCommandInput,
  type CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { resourcesOfType, type CfnResource } from '../serverless-config';
import { DEMO_PASSWORD, DEMO_USERS } from '@fleet/demo-users';

/** What the API's authorizer and the dashboard need to know about the local pool. */
export interface LocalCognito {
  readonly endpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly issuer: string;
}

function single(resources: Record<string, CfnResource>, type: string): Record<string, unknown> {
  const found = resourcesOfType(resources, type);
  if (found.length !== 1)
    throw new Error(`serverless.yml must declare exactly one ${type}, found ${found.length}`);
  return found[0]?.[1].Properties ?? {};
}

// CloudFormation names a few properties differently from the Cognito API, and some exist only
// in one of them; what the API does not know is left out.
function userPoolInput(properties: Record<string, unknown>): CreateUserPoolCommandInput {
  const {
    UserPoolName,
    EnabledMfas: _cfnOnly,
    DeletionProtection: _protection,
    ...rest
  } = properties;
  return { ...rest, PoolName: String(UserPoolName) } as CreateUserPoolCommandInput;
}

function clientInput(
  properties: Record<string, unknown>,
  userPoolId: string,
): CreateUserPoolClientCommandInput {
  return { ...properties, UserPoolId: userPoolId } as CreateUserPoolClientCommandInput;
}

async function ignoring<T>(
  work: Promise<T>,
  ...expected: (abstract new (...args: never[]) => Error)[]
): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!expected.some((type) => error instanceof type)) throw error;
  }
}

/**
 * Creates — or finds, on a restart — the user pool, its dashboard client and its groups from
 * serverless.yml's own definitions, then the demo users with their groups. Idempotent.
 */
export async function provisionCognito(
  endpoint: string,
  resources: Record<string, CfnResource>,
): Promise<LocalCognito> {
  const cognito = new CognitoIdentityProviderClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const poolInput = userPoolInput(single(resources, 'AWS::Cognito::UserPool'));
  const { UserPools = [] } = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  const userPoolId =
    UserPools.find((pool) => pool.Name === poolInput.PoolName)?.Id ??
    (await cognito.send(new CreateUserPoolCommand(poolInput))).UserPool?.Id;
  if (!userPoolId) throw new Error('the local Cognito created no user pool');

  const clientProperties = clientInput(
    single(resources, 'AWS::Cognito::UserPoolClient'),
    userPoolId,
  );
  const { UserPoolClients = [] } = await cognito.send(
    new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
  );
  const clientId =
    UserPoolClients.find((client) => client.ClientName === clientProperties.ClientName)?.ClientId ??
    (await cognito.send(new CreateUserPoolClientCommand(clientProperties))).UserPoolClient
      ?.ClientId;
  if (!clientId) throw new Error('the local Cognito created no app client');

  const roleGroups = resourcesOfType(resources, 'AWS::Cognito::UserPoolGroup').map(
    ([, group]) => group.Properties ?? {},
  );
  const teamGroups = [
    ...new Set(
      DEMO_USERS.flatMap((user) => user.groups.filter((group) => group.startsWith('team-'))),
    ),
  ];
  for (const group of [...roleGroups, ...teamGroups.map((GroupName) => ({ GroupName }))]) {
    const { GroupName, Description, Precedence } = group as {
      GroupName: string;
      Description?: string;
      Precedence?: number;
    };
    await ignoring(
      cognito.send(
        new CreateGroupCommand({ UserPoolId: userPoolId, GroupName, Description, Precedence }),
      ),
      GroupExistsException,
    );
  }

  for (const user of DEMO_USERS) {
    await ignoring(
      cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: user.email,
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'email', Value: user.email },
            { Name: 'email_verified', Value: 'true' },
          ],
        }),
      ),
      UsernameExistsException,
    );
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: user.email,
        Password: DEMO_PASSWORD,
        Permanent: true,
      }),
    );
    for (const group of user.groups) {
      await cognito.send(
        new AdminAddUserToGroupCommand({
          UserPoolId: userPoolId,
          Username: user.email,
          GroupName: group,
        }),
      );
    }
  }
  return { endpoint, userPoolId, clientId, issuer: `${endpoint}/${userPoolId}` };
}
