import type { CognitoConfig } from '../../../config/runtime-config';
import type { CognitoAuth } from './cognito-types';
import { AuthError } from '../utils/auth-error';

let loading: Promise<typeof import('./cognito-auth')> | undefined;
// One SDK client per config: it keeps its connections and resolved endpoint between calls.
const clients = new WeakMap<CognitoConfig, CognitoAuth>();

/**
 * The Cognito calls, with the AWS SDK fetched on first use: a user who is already signed in
 * downloads it only when the session needs renewing. The sign-in page calls this as it mounts so
 * the chunk is there by the time the form is sent.
 *
 * @example
 * const cognito = await loadCognito(config.cognito);
 */
export async function loadCognito(config: CognitoConfig): Promise<CognitoAuth> {
  loading ??= import('./cognito-auth');
  let module: typeof import('./cognito-auth');
  try {
    module = await loading;
  } catch (cause) {
    // A failed chunk load is worth another try later (a new deployment, a flaky network).
    loading = undefined;
    throw new AuthError(
      'unreachable',
      'The sign-in code could not be downloaded. Check your connection and reload.',
      { cause },
    );
  }
  let cognito = clients.get(config);
  if (!cognito) {
    cognito = module.createCognitoAuth(config);
    clients.set(config, cognito);
  }
  return cognito;
}
