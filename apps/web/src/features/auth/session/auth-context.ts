import { createContext } from 'react';
import type { CognitoAuth } from '../api/cognito-types';
import type { SessionStore } from './session-store';

export interface AuthContextValue {
  store: SessionStore;
  /** The Cognito calls, loading the SDK on first use. */
  cognito: () => Promise<CognitoAuth>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
