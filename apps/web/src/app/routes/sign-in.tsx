import type { ReactNode } from 'react';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import { SignInPage } from '../../features/auth/sign-in-page';
import { PageTitle } from '../../components/page-title';

/** `/sign-in?next=<path>`: the one page open without a session. */
export function SignInRoute(): ReactNode {
  const { stage } = useRuntimeConfig();
  return (
    <>
      <PageTitle title="Sign in" />
      <SignInPage stage={stage} />
    </>
  );
}
