import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { demoUser, type DemoUserKey } from '@fleet/demo-users';
import { requiredStackEnv } from './stack-urls';

const sessions = new Map<DemoUserKey, Promise<AuthenticationResultType>>();

/**
 * Signs a demo user in to the stack's local Cognito with the password flow, as the dashboard
 * does, once per test file; answers its tokens (ID, access, refresh).
 */
export function signIn(key: DemoUserKey): Promise<AuthenticationResultType> {
  let session = sessions.get(key);
  if (!session) {
    session = newSession(key);
    sessions.set(key, session);
  }
  return session;
}

/**
 * A demo user's ID token from a sign-in of its own, never seen by the API before: the gateway
 * (API Gateway, and the local stack like it) caches the authorizer's answer per token, so a test
 * that needs the authorizer to run asks for one of these.
 *
 * @example
 * const { status } = await callApi('/instances', {}, { authorization: `Bearer ${await freshIdTokenOf('viewer')}` });
 */
export async function freshIdTokenOf(key: DemoUserKey): Promise<string> {
  return (await newSession(key)).IdToken as string;
}

function newSession(key: DemoUserKey): Promise<AuthenticationResultType> {
  const cognito = new CognitoIdentityProviderClient({
    endpoint: requiredStackEnv('COGNITO_ENDPOINT'),
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return cognito
    .send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: requiredStackEnv('COGNITO_CLIENT_ID'),
        AuthParameters: {
          USERNAME: demoUser(key).email,
          PASSWORD: requiredStackEnv('DEMO_PASSWORD'),
        },
      }),
    )
    .then(({ AuthenticationResult }) => {
      if (!AuthenticationResult?.IdToken) throw new Error(`${key} got no ID token`);
      return AuthenticationResult;
    });
}

/** A demo user's ID token: what the dashboard sends as `Authorization: Bearer …`. */
export async function idTokenOf(key: DemoUserKey): Promise<string> {
  return (await signIn(key)).IdToken as string;
}
