import { createIdTokenVerifier, idTokenSettingsFromEnv } from '@fleet/id-token';
import { defineTokenAuthorizer } from '@fleet/lambda-kit';

const verifier = createIdTokenVerifier(idTokenSettingsFromEnv(process.env));

/**
 * The API's gate: every route sits behind this TOKEN authorizer, which accepts only a valid
 * Cognito ID token of this stack's pool and client, and passes the caller on to the functions.
 * (serverless-offline does not verify COGNITO_USER_POOLS authorizers; a Lambda authorizer
 * behaves the same locally and on AWS.)
 */
export const handler = defineTokenAuthorizer((token) => verifier.verify(token));
