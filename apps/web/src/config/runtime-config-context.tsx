import { requiredContext } from '../lib/required-context';
import type { RuntimeConfig } from './runtime-config';

const runtimeConfig = requiredContext<RuntimeConfig, 'config'>('RuntimeConfigProvider', 'config');

export const RuntimeConfigProvider = runtimeConfig.Provider;

/** The settings loaded from config.json; the app renders nothing until they are there. */
export const useRuntimeConfig: () => RuntimeConfig = runtimeConfig.use;
