import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { RuntimeConfigProvider } from '../config/runtime-config-context';
import type { RuntimeConfig } from '../config/runtime-config';
import { ApiClientProvider } from '../lib/api-client-context';
import type { ApiClient } from '../lib/api-client';
import { COLOR_MODE_STORAGE_KEY, theme } from '../theme/theme';

export interface AppProviderProps {
  config: RuntimeConfig;
  apiClient: ApiClient;
  children: ReactNode;
}

/**
 * Everything every page relies on: theme, settings, API client. The query cache belongs to the
 * signed-in shell (`SessionQueryProvider`): the sign-in page has no use for it.
 */
export function AppProvider({ config, apiClient, children }: AppProviderProps): ReactNode {
  return (
    <AppThemeProvider>
      <RuntimeConfigProvider config={config}>
        <ApiClientProvider client={apiClient}>{children}</ApiClientProvider>
      </RuntimeConfigProvider>
    </AppThemeProvider>
  );
}

/** Theme alone: also used to style the start-up failure screen before any settings exist. */
export function AppThemeProvider({ children }: { children: ReactNode }): ReactNode {
  return (
    <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={COLOR_MODE_STORAGE_KEY}>
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}
