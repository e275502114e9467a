import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * `React.lazy` for a named export: the module is fetched on first render, and its export `name`
 * is the component (React's own `lazy` wants a default export, which this code base has none of).
 *
 * @example
 * const ActionDialog = lazyNamed(() => import('./action-dialog'), 'ActionDialog');
 */
export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}
