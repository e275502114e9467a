import { createContext, useContext, type ReactNode } from 'react';
import type { RuntimeConfig } from './runtime-config';

const RuntimeConfigContext = createContext<RuntimeConfig | null>(null);

export interface RuntimeConfigProviderProps {
  config: RuntimeConfig;
  children: ReactNode;
}

export function RuntimeConfigProvider({ config, children }: RuntimeConfigProviderProps): ReactNode {
  return <RuntimeConfigContext value={config}>{children}</RuntimeConfigContext>;
}

/** The settings loaded from config.json; the app renders nothing until they are there. */
export function useRuntimeConfig(): RuntimeConfig {
  const config = useContext(RuntimeConfigContext);
  if (!config) throw new Error('useRuntimeConfig() needs a <RuntimeConfigProvider> above it');
  return config;
}
