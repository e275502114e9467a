export {
  createIdTokenVerifier,
  idTokenSettingsFromEnv,
  type IdTokenSettings,
  type IdTokenVerifier,
} from './lib/id-token-verifier';
