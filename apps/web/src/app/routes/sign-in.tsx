import type { ReactNode } from 'react';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import { SignInPage } from '../../features/auth/sign-in-page';

/** `/sign-in?next=<path>`: the one page open without a session. */
export function SignInRoute(): ReactNode {
  const { stage } = useRuntimeConfig();
  return <SignInPage stage={stage} />;
}
