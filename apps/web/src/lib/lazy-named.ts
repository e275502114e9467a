import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * `React.lazy` for a named export: the module is fetched on first render, and its export `name`
 * is the component (React's own `lazy` wants a default export, which this code base has none of).
 * The component keeps its own props, also when its module exports others beside it.
 *
 * @example
 * const ActionDialog = lazyNamed(() => import('./action-dialog'), 'ActionDialog');
 */
// `any` as React's own `lazy` bounds it (`T extends ComponentType<any>`): props are contravariant,
// so no narrower bound admits every component; the export's own type is what comes back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyNamed<M extends { [P in K]: ComponentType<any> }, K extends string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
