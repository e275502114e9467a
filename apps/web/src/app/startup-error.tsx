import type { ReactNode } from 'react';
import { ErrorFallback } from '../components/error-fallback';
import { RuntimeConfigError } from '../config/runtime-config';
import { AppThemeProvider } from './provider';

export interface StartupErrorProps {
  error: unknown;
}

/** The console cannot start without its settings; say so plainly instead of a blank page. */
export function StartupError({ error }: StartupErrorProps): ReactNode {
  const message =
    error instanceof RuntimeConfigError
      ? `${error.message}. This is a deployment problem: the console's settings file is missing or wrong.`
      : 'The console could not load its settings. Check your connection and reload.';
  return (
    <AppThemeProvider>
      <ErrorFallback title="The console could not start" message={message} />
    </AppThemeProvider>
  );
}
