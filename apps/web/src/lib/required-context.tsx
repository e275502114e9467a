import { createContext, useContext, type ReactNode } from 'react';

/** A context the app provides once at its root, and its hook. */
export interface RequiredContext<T> {
  readonly Provider: (props: { value: T; children: ReactNode }) => ReactNode;
  /** The provided value; throws, naming the provider, when a component renders outside it. */
  readonly use: () => T;
}

/**
 * A context that has no sensible default: reading it outside its provider is a wiring mistake,
 * so the hook throws instead of handing out `null`.
 *
 * @example
 * const apiClient = requiredContext<ApiClient>('ApiClientProvider');
 * export const useApiClient = apiClient.use;
 */
export function requiredContext<T>(providerName: string): RequiredContext<T> {
  const Context = createContext<T | null>(null);
  return {
    Provider: ({ value, children }) => <Context value={value}>{children}</Context>,
    use: () => {
      const value = useContext(Context);
      if (value === null) throw new Error(`this component needs a <${providerName}> above it`);
      return value;
    },
  };
}
