// The auth feature's public entry point for the rest of the dashboard. The sign-in page is left
// out on purpose: the router loads it lazily from its own file.
export { AuthProvider, type AuthProviderProps } from './components/auth-provider';
export { PermittedAction, type PermittedActionProps } from './components/permitted-action';
export { RequireSession, type RequireSessionProps } from './components/require-session';
export { TeamScopeHint } from './components/team-scope-hint';
export { UserMenu } from './components/user-menu';
export { useAuth } from './hooks/use-auth';
export { usePermission } from './hooks/use-permission';
export { loadCognito } from './api/load-cognito';
export { createSessionStore, type AuthSnapshot, type SessionStore } from './session/session-store';
export { renewOnUnauthorized } from './session/renew-on-unauthorized';
export type { PermissionCheck } from './utils/permission-check';
