import type { TokenSet } from '../utils/session';

/** A challenge Cognito answered instead of tokens, carried to the next form of the sign-in page. */
export interface PendingChallenge {
  /** Cognito's handle on the half-finished sign-in (minutes long). */
  readonly session: string;
  /** Cognito's name for the user, which a challenge answer must repeat. */
  readonly username: string;
}

/** Where a sign-in attempt stands after each answer. */
export type SignInStep =
  | { readonly kind: 'signed-in'; readonly tokens: TokenSet }
  | (PendingChallenge & { readonly kind: 'mfa'; readonly medium: 'authenticator' | 'sms' })
  | (PendingChallenge & { readonly kind: 'new-password' });

/**
 * The Cognito calls the dashboard makes, all public-client calls of the user pool (no AWS
 * credentials). Implemented by `cognito-auth.ts`, loaded on demand with the SDK.
 */
export interface CognitoAuth {
  /** The password flow (`USER_PASSWORD_AUTH`): the local Cognito has no SRP, and AWS has both. */
  signIn(email: string, password: string): Promise<SignInStep>;
  answerMfa(
    challenge: PendingChallenge,
    medium: 'authenticator' | 'sms',
    code: string,
  ): Promise<SignInStep>;
  setNewPassword(challenge: PendingChallenge, newPassword: string): Promise<SignInStep>;
  /** `REFRESH_TOKEN_AUTH`: new ID and access tokens; the refresh token stays the same. */
  renew(refreshToken: string): Promise<TokenSet>;
  /** Ends the refresh token and the tokens issued from it. */
  revoke(refreshToken: string): Promise<void>;
}
