import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Pill } from '../../../components/pill';
import { VisuallyHidden } from '../../../components/visually-hidden';
import { ColorModeToggle } from '../../../theme/color-mode-toggle';
import type { CognitoAuth, SignInStep } from '../api/cognito-types';
import { useAuth, useAuthContext } from '../hooks/use-auth';
import { AuthError } from '../utils/auth-error';
import { safeNextPath } from '../utils/next-path';
import { CredentialsForm } from './credentials-form';
import { MfaCodeForm } from './mfa-code-form';
import { NewPasswordForm } from './new-password-form';

type Challenge = Exclude<SignInStep, { kind: 'signed-in' }>;

export interface SignInPageProps {
  /** Shown beside the title: signing in to the wrong stage is an easy mistake. */
  stage: string;
}

/** `/sign-in?next=<path>`: email and password, then any challenge Cognito asks for. */
export function SignInPage({ stage }: SignInPageProps): ReactNode {
  const { session, ended } = useAuth();
  const { store, cognito } = useAuthContext();
  const [searchParams] = useSearchParams();
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    // Fetch the SDK while the user types, so "Sign in" does not wait on a download.
    cognito().catch(() => undefined);
  }, [cognito]);

  if (session) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;

  async function attempt(step: (auth: CognitoAuth) => Promise<SignInStep>): Promise<void> {
    setPending(true);
    setError(null);
    try {
      const next = await step(await cognito());
      if (next.kind === 'signed-in') store.signedIn(next.tokens);
      else setChallenge(next);
    } catch (failure) {
      const known = failure instanceof AuthError;
      setError(known ? failure.message : 'Signing in failed unexpectedly. Try again.');
      // Cognito's challenge session is gone: only a fresh start helps.
      if (known && failure.kind === 'rejected') setChallenge(null);
      if (!known) console.error('Sign-in failed', failure);
    } finally {
      setPending(false);
    }
  }

  function restart(): void {
    setChallenge(null);
    setError(null);
  }

  function form(): ReactNode {
    if (challenge?.kind === 'mfa') {
      return (
        <MfaCodeForm
          medium={challenge.medium}
          pending={pending}
          onSubmit={(code) =>
            void attempt((auth) => auth.answerMfa(challenge, challenge.medium, code))
          }
          onCancel={restart}
        />
      );
    }
    if (challenge?.kind === 'new-password') {
      return (
        <NewPasswordForm
          pending={pending}
          onSubmit={(password) => void attempt((auth) => auth.setNewPassword(challenge, password))}
          onCancel={restart}
        />
      );
    }
    return (
      <CredentialsForm
        pending={pending}
        onSubmit={(email, password) => void attempt((auth) => auth.signIn(email, password))}
      />
    );
  }

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        p: 2,
        bgcolor: 'background.default',
      }}
    >
      <Box sx={{ position: 'fixed', top: 8, right: 8 }}>
        <ColorModeToggle />
      </Box>
      <Card variant="outlined" sx={{ width: '100%', maxWidth: 420 }}>
        <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
          <Stack spacing={2.5}>
            <Stack spacing={0.5}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="h1" sx={{ fontSize: '1.75rem' }}>
                  Fleet Console
                </Typography>
                <Pill variant="outlined">
                  <VisuallyHidden>Stage: </VisuallyHidden>
                  {stage}
                </Pill>
              </Stack>
              <Typography color="text.secondary">Sign in with your work email.</Typography>
            </Stack>
            {ended && !error ? (
              <Alert severity="info" data-testid="session-ended">
                {ended === 'expired'
                  ? 'Your session has ended. Sign in again to continue.'
                  : 'You have signed out.'}
              </Alert>
            ) : null}
            {error ? (
              <Alert severity="error" data-testid="sign-in-error">
                {error}
              </Alert>
            ) : null}
            {form()}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
