import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCognitoAuth } from './cognito-auth';
import type { CognitoAuth } from './cognito-types';

// A loopback stand-in for Cognito that answers each call with the next scripted JSON 1.1 body:
// the local Cognito offers neither MFA nor temporary passwords, so these steps are tried here.
let server: Server;
let answers: { status: number; body: unknown }[] = [];
let received: { target: string; body: Record<string, unknown> }[] = [];
let cognito: CognitoAuth;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      received.push({ target: String(req.headers['x-amz-target']), body: JSON.parse(raw) });
      const answer = answers.shift() ?? { status: 500, body: {} };
      res.writeHead(answer.status, { 'Content-Type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  cognito = createCognitoAuth({
    region: 'us-east-1',
    userPoolId: 'us-east-1_test',
    clientId: 'client-1',
    endpoint: `http://127.0.0.1:${port}`,
  });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  answers = [];
  received = [];
});

const TOKENS = { IdToken: 'id', AccessToken: 'access', RefreshToken: 'refresh', ExpiresIn: 3600 };

/** Cognito answers the sign-in with the challenge `name`, then the answer to it with tokens. */
function challengeThenTokens(
  name: string,
  session: string,
  parameters: Record<string, string> = {},
): void {
  answers.push(
    {
      status: 200,
      body: { ChallengeName: name, Session: session, ChallengeParameters: parameters },
    },
    { status: 200, body: { AuthenticationResult: TOKENS } },
  );
}

describe('createCognitoAuth', () => {
  it('signs in with the password flow and answers the tokens', async () => {
    answers.push({ status: 200, body: { AuthenticationResult: TOKENS } });

    const step = await cognito.signIn('ana@example.com', 'pw');

    expect(step).toEqual({
      kind: 'signed-in',
      tokens: {
        idToken: 'id',
        accessToken: 'access',
        refreshToken: 'refresh',
        expiresInSeconds: 3600,
      },
    });
    expect(received[0]?.body).toMatchObject({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: 'client-1',
      AuthParameters: { USERNAME: 'ana@example.com', PASSWORD: 'pw' },
    });
  });

  it('asks for an authenticator code, then sends it with Cognito’s name for the user', async () => {
    challengeThenTokens('SOFTWARE_TOKEN_MFA', 's-1', { USER_ID_FOR_SRP: 'u-1' });

    const challenge = await cognito.signIn('ana@example.com', 'pw');
    if (challenge.kind !== 'mfa') throw new Error(`expected an MFA step, got ${challenge.kind}`);
    const done = await cognito.answerMfa(challenge, challenge.medium, '123456');

    expect(challenge).toMatchObject({ medium: 'authenticator', session: 's-1', username: 'u-1' });
    expect(done.kind).toBe('signed-in');
    expect(received[1]?.body).toMatchObject({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: 's-1',
      ChallengeResponses: { USERNAME: 'u-1', SOFTWARE_TOKEN_MFA_CODE: '123456' },
    });
  });

  it('asks for a permanent password when the account has a temporary one', async () => {
    challengeThenTokens('NEW_PASSWORD_REQUIRED', 's-2');

    const challenge = await cognito.signIn('ana@example.com', 'temporary');
    if (challenge.kind !== 'new-password')
      throw new Error(`expected a new password, got ${challenge.kind}`);
    await cognito.setNewPassword(challenge, 'Permanent-2026!');

    expect(received[1]?.body).toMatchObject({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      ChallengeResponses: { USERNAME: 'ana@example.com', NEW_PASSWORD: 'Permanent-2026!' },
    });
  });

  it('reports a wrong MFA code so the user can try the current one', async () => {
    answers.push({
      status: 400,
      body: { __type: 'CodeMismatchException', message: 'Invalid code' },
    });

    await expect(
      cognito.answerMfa({ session: 's', username: 'u' }, 'authenticator', '000000'),
    ).rejects.toMatchObject({ kind: 'wrong-code' });
  });

  it('refuses a challenge it cannot offer with a message, not a blank form', async () => {
    answers.push({ status: 200, body: { ChallengeName: 'MFA_SETUP', Session: 's-3' } });

    await expect(cognito.signIn('ana@example.com', 'pw')).rejects.toMatchObject({
      kind: 'unsupported',
    });
  });

  it('renews with the refresh token, keeping no new refresh token', async () => {
    answers.push({
      status: 200,
      body: { AuthenticationResult: { IdToken: 'id2', AccessToken: 'a2', ExpiresIn: 3600 } },
    });

    const tokens = await cognito.renew('refresh');

    expect(tokens).toEqual({
      idToken: 'id2',
      accessToken: 'a2',
      refreshToken: undefined,
      expiresInSeconds: 3600,
    });
    expect(received[0]?.body).toMatchObject({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: 'refresh' },
    });
  });
});
