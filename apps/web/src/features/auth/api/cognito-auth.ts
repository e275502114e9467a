import {
  CodeMismatchException,
  CognitoIdentityProviderClient,
  CognitoIdentityProviderServiceException,
  ExpiredCodeException,
  InitiateAuthCommand,
  InvalidParameterException,
  InvalidPasswordException,
  LimitExceededException,
  NotAuthorizedException,
  PasswordResetRequiredException,
  ResourceNotFoundException,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  TooManyRequestsException,
  UserNotConfirmedException,
  UserNotFoundException,
  type AuthenticationResultType,
  type InitiateAuthCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoConfig } from '../../../config/runtime-config';
import { AuthError, type AuthErrorKind } from '../utils/auth-error';
import type { TokenSet } from '../utils/session';
import type { CognitoAuth, PendingChallenge, SignInStep } from './cognito-types';

// This module holds the dashboard's only AWS SDK import. Load it through `load-cognito.ts`
// (dynamic import), never statically: a signed-in user's first page must not carry it.

function tokensOf(result: AuthenticationResultType | undefined): TokenSet {
  if (!result?.IdToken || !result.AccessToken) {
    throw new AuthError('unavailable', 'The sign-in service answered without tokens. Try again.');
  }
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    refreshToken: result.RefreshToken,
    expiresInSeconds: result.ExpiresIn ?? 3600,
  };
}

function stepOf(answer: InitiateAuthCommandOutput, username: string): SignInStep {
  if (answer.AuthenticationResult)
    return { kind: 'signed-in', tokens: tokensOf(answer.AuthenticationResult) };
  const pending: PendingChallenge = {
    session: answer.Session ?? '',
    // Cognito may know the user by an internal name rather than the email typed.
    username: answer.ChallengeParameters?.['USER_ID_FOR_SRP'] ?? username,
  };
  switch (answer.ChallengeName) {
    case 'SOFTWARE_TOKEN_MFA':
      return { kind: 'mfa', medium: 'authenticator', ...pending };
    case 'SMS_MFA':
      return { kind: 'mfa', medium: 'sms', ...pending };
    case 'NEW_PASSWORD_REQUIRED':
      return { kind: 'new-password', ...pending };
    case 'MFA_SETUP':
      throw new AuthError(
        'unsupported',
        'Your account must set up an authenticator app before signing in, which this console does not offer yet. Ask an admin for help.',
      );
    default:
      throw new AuthError(
        'unsupported',
        `The sign-in service asked for a step this console does not support (${answer.ChallengeName ?? 'unknown'}). Ask an admin for help.`,
      );
  }
}

type Wording = readonly [AuthErrorKind, string];

// Cognito uses one exception for several refusals; only its message tells them apart.
const NOT_AUTHORIZED: readonly (readonly [RegExp, ...Wording])[] = [
  [/disabled/i, 'rejected', 'This account is disabled. Ask an admin to enable it.'],
  [
    /attempts exceeded/i,
    'throttled',
    'Too many failed attempts. Wait a few minutes, then try again.',
  ],
  [/session is expired|invalid session/i, 'rejected', 'This sign-in took too long. Start again.'],
  [/./, 'wrong-credentials', 'Incorrect email or password.'],
];

const BY_EXCEPTION: readonly (readonly [
  readonly (abstract new (...args: never[]) => Error)[],
  ...Wording,
])[] = [
  [
    [UserNotFoundException],
    'unknown-user',
    'No account uses this email. Check it, or ask an admin to create your account.',
  ],
  [
    [UserNotConfirmedException],
    'rejected',
    'This account is not confirmed yet. Ask an admin to confirm it.',
  ],
  [
    [PasswordResetRequiredException],
    'rejected',
    'An admin has reset your password. Ask them for a new temporary one.',
  ],
  [
    [CodeMismatchException, ExpiredCodeException],
    'wrong-code',
    'That code is wrong or has expired. Enter the current code.',
  ],
  [
    [TooManyRequestsException, LimitExceededException],
    'throttled',
    'Too many sign-in attempts. Wait a minute, then try again.',
  ],
  [
    [ResourceNotFoundException, InvalidParameterException],
    'misconfigured',
    "The console's sign-in settings are wrong (user pool or app client). This is a deployment problem: tell an admin.",
  ],
];

/** Turns whatever the SDK threw into an {@link AuthError} with words a person can act on. */
export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const cause = { cause: error };
  if (error instanceof NotAuthorizedException) {
    const [, kind, message] = NOT_AUTHORIZED.find(([pattern]) => pattern.test(error.message)) ?? [];
    return new AuthError(kind ?? 'wrong-credentials', message ?? error.message, cause);
  }
  if (error instanceof InvalidPasswordException) {
    const message = error.message || 'That password does not meet the password policy.';
    return new AuthError('invalid-password', message, cause);
  }
  const known = BY_EXCEPTION.find(([classes]) => classes.some((type) => error instanceof type));
  if (known) return new AuthError(known[1], known[2], cause);
  if (error instanceof CognitoIdentityProviderServiceException) {
    return error.$fault === 'server'
      ? new AuthError(
          'unavailable',
          'The sign-in service is failing right now. Try again in a moment.',
          cause,
        )
      : new AuthError(
          'unavailable',
          `The sign-in service refused the request: ${error.message}`,
          cause,
        );
  }
  // No answer at all: fetch failed (offline, DNS, CORS, Cognito down).
  return new AuthError(
    'unreachable',
    'The sign-in service (Cognito) could not be reached. Check your connection and try again.',
    cause,
  );
}

/**
 * The dashboard's Cognito calls for one user pool app client.
 *
 * @example
 * const cognito = createCognitoAuth(config.cognito);
 * const step = await cognito.signIn('ana@example.com', password);
 */
export function createCognitoAuth(config: CognitoConfig): CognitoAuth {
  const client = new CognitoIdentityProviderClient({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    // A person is waiting on the form: fail fast with a clear message rather than retry for long.
    maxAttempts: 2,
  });
  const ClientId = config.clientId;

  async function call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw toAuthError(error);
    }
  }

  async function signInCall<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      // Signing in checks a password, it never sets one: the local Cognito answers a wrong
      // password with InvalidPasswordException where AWS answers NotAuthorizedException.
      if (error instanceof InvalidPasswordException) {
        throw new AuthError('wrong-credentials', 'Incorrect email or password.', { cause: error });
      }
      throw toAuthError(error);
    }
  }

  return {
    signIn: (email, password) =>
      signInCall(async () =>
        stepOf(
          await client.send(
            new InitiateAuthCommand({
              AuthFlow: 'USER_PASSWORD_AUTH',
              ClientId,
              AuthParameters: { USERNAME: email, PASSWORD: password },
            }),
          ),
          email,
        ),
      ),
    answerMfa: (challenge, medium, code) =>
      call(async () => {
        const name = medium === 'sms' ? 'SMS_MFA' : 'SOFTWARE_TOKEN_MFA';
        const answer = await client.send(
          new RespondToAuthChallengeCommand({
            ClientId,
            ChallengeName: name,
            Session: challenge.session,
            ChallengeResponses: { USERNAME: challenge.username, [`${name}_CODE`]: code },
          }),
        );
        return stepOf(answer, challenge.username);
      }),
    setNewPassword: (challenge, newPassword) =>
      call(async () => {
        const answer = await client.send(
          new RespondToAuthChallengeCommand({
            ClientId,
            ChallengeName: 'NEW_PASSWORD_REQUIRED',
            Session: challenge.session,
            ChallengeResponses: { USERNAME: challenge.username, NEW_PASSWORD: newPassword },
          }),
        );
        return stepOf(answer, challenge.username);
      }),
    renew: (refreshToken) =>
      call(async () => {
        const answer = await client.send(
          new InitiateAuthCommand({
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            ClientId,
            AuthParameters: { REFRESH_TOKEN: refreshToken },
          }),
        );
        return tokensOf(answer.AuthenticationResult);
      }),
    revoke: (refreshToken) =>
      call(async () => {
        await client.send(new RevokeTokenCommand({ ClientId, Token: refreshToken }));
      }),
  };
}
