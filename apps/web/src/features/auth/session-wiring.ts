// The app's own entry to the auth feature's session machinery (apart from index.ts, which the
// pages use): what app.tsx, main.tsx and the signed-in shell wire together at start-up.
export { loadCognito } from './api/load-cognito';
export { AuthProvider, type AuthProviderProps } from './components/auth-provider';
export { RequireSession, type RequireSessionProps } from './components/require-session';
export { useAuthContext } from './hooks/use-auth';
export { renewOnUnauthorized } from './session/renew-on-unauthorized';
export { createSessionStore } from './session/session-store';
export {
  adoptSessionFromOtherTabs,
  connectSessionTabs,
  SESSION_CHANNEL,
} from './session/session-tabs';
