import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RuntimeConfigProvider } from '../config/runtime-config-context';
import type { RuntimeConfig } from '../config/runtime-config';
import { ApiClientProvider } from '../lib/api-client-context';
import type { ApiClient } from '../lib/api-client';
import { COLOR_MODE_STORAGE_KEY, theme } from '../theme/theme';

export interface AppProviderProps {
  config: RuntimeConfig;
  apiClient: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything every page relies on: theme, settings, API client and query cache. */
export function AppProvider({
  config,
  apiClient,
  queryClient,
  children,
}: AppProviderProps): ReactNode {
  return (
    <AppThemeProvider>
      <RuntimeConfigProvider config={config}>
        <ApiClientProvider client={apiClient}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ApiClientProvider>
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
