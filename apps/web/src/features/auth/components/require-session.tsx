import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../hooks/use-auth';
import { SIGN_IN_PATH, signInPath } from '../utils/next-path';

export interface RequireSessionProps {
  children: ReactNode;
}

/**
 * Renders its pages only for a signed-in tab; otherwise sends the user to sign-in, remembering
 * where they were going (not after an explicit sign-out: that page was theirs to leave).
 */
export function RequireSession({ children }: RequireSessionProps): ReactNode {
  const { session, ended } = useAuth();
  const location = useLocation();
  if (session) return children;
  const to =
    ended === 'signed-out'
      ? SIGN_IN_PATH
      : signInPath(`${location.pathname}${location.search}${location.hash}`);
  return <Navigate to={to} replace />;
}
