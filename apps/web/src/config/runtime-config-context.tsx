import type { ReactNode } from 'react';
import { requiredContext } from '../lib/required-context';
import type { RuntimeConfig } from './runtime-config';

const runtimeConfig = requiredContext<RuntimeConfig>('RuntimeConfigProvider');

export interface RuntimeConfigProviderProps {
  config: RuntimeConfig;
  children: ReactNode;
}

export function RuntimeConfigProvider({ config, children }: RuntimeConfigProviderProps): ReactNode {
  return <runtimeConfig.Provider value={config}>{children}</runtimeConfig.Provider>;
}

/** The settings loaded from config.json; the app renders nothing until they are there. */
export const useRuntimeConfig: () => RuntimeConfig = runtimeConfig.use;
