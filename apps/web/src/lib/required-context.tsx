import { createContext, useContext, type ReactNode } from 'react';

/** A context the app provides once at its root: its provider (taking the value as `prop`) and hook. */
export interface RequiredContext<T, P extends string> {
  readonly Provider: (
    props: { readonly [K in P]: T } & { readonly children: ReactNode },
  ) => ReactNode;
  /** The provided value; throws, naming the provider, when a component renders outside it. */
  readonly use: () => T;
}

/**
 * A context that has no sensible default: reading it outside its provider is a wiring mistake,
 * so the hook throws instead of handing out `null`.
 *
 * @example
 * const apiClient = requiredContext<ApiClient, 'client'>('ApiClientProvider', 'client');
 * <apiClient.Provider client={client}>…</apiClient.Provider>; // and apiClient.use() below it
 */
export function requiredContext<T, P extends string>(
  providerName: string,
  prop: P,
): RequiredContext<T, P> {
  const Context = createContext<T | null>(null);
  return {
    Provider: (props) => <Context value={props[prop]}>{props.children}</Context>,
    use: () => {
      const value = useContext(Context);
      if (value === null) throw new Error(`this component needs a <${providerName}> above it`);
      return value;
    },
  };
}
