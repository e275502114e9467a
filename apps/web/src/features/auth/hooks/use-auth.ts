import { useContext, useSyncExternalStore } from 'react';
import { AuthContext, type AuthContextValue } from '../session/auth-context';
import type { AuthSnapshot } from '../session/session-store';

/** The store and sign-in calls; for the sign-in page and the user menu. */
export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('auth hooks need an <AuthProvider> above them');
  return value;
}

/** The tab's session and who it belongs to; re-renders when either changes. */
export function useAuth(): AuthSnapshot {
  const { store } = useAuthContext();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
