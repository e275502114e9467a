import type { ReactNode } from 'react';
import type { CognitoAuth } from '../api/cognito-types';
import { AuthContext } from '../session/auth-context';
import type { SessionStore } from '../session/session-store';

export interface AuthProviderProps {
  store: SessionStore;
  cognito: () => Promise<CognitoAuth>;
  children: ReactNode;
}

/** Gives pages the tab's session and the sign-in calls. */
export function AuthProvider({ store, cognito, children }: AuthProviderProps): ReactNode {
  return <AuthContext value={{ store, cognito }}>{children}</AuthContext>;
}
