import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The part of `cls-hooked`'s API that aws-xray-sdk-core uses to keep the current segment, on
 * Node's AsyncLocalStorage. Every function bundle carries this module in place of
 * `cls-hooked/context`: the build substitutes it (`alias` in `tools/build/esbuild-options.cjs`).
 *
 * Why: `cls-hooked` follows the context with `async_hooks` init, before, after and destroy hooks
 * that run JavaScript for every promise and every other async resource a function creates, from
 * the moment the SDK is loaded, traced or not. Destroy hooks also make V8 track every promise until
 * it is collected. AsyncLocalStorage needs only the init hook that hands its store on (none at all
 * on Node 24's AsyncContextFrame). The X-Ray SDK's maintainers point to it for this reason
 * (aws/aws-xray-sdk-node#338). `npm run bench -- xray-sdk-cost` compares the two in one run.
 *
 * What the SDK does with it, and so what this implements:
 * - `createNamespace` and `getNamespace` at load. Inside Lambda, `enter(createContext())` once:
 *   that context, which holds the facade segment, is active everywhere from then on. cls-hooked
 *   keeps it as its global `active`. Here it is the context entered outside any `run`, read
 *   wherever no `run` is in progress.
 * - `get('segment')` and `set('segment', …)` on the active context. Powertools' middleware
 *   sets the `## handler` subsegment there and puts the facade segment back after the handler.
 * - `run(fn)`, in `captureFunc`/`captureAsyncFunc` and the v2 SDK and HTTP patchers: a child
 *   context (it inherits the parent's keys) that everything started inside `fn` keeps, however late
 *   it runs.
 * - `bind(fn)`, in the promise patcher.
 *
 * `xray-async-context.spec.ts` runs the same cases against cls-hooked and against this module.
 * The bundled spec shows a deployed bundle's traces with it.
 */

type Context = Record<PropertyKey, unknown>;

const NO_CONTEXT = 'No context available. ns.run() or ns.bind() must be called first.';

export class Namespace {
  readonly #storage = new AsyncLocalStorage<Context>();
  /** Contexts entered outside any `run`, innermost last: active wherever no `run` is. */
  readonly #entered: Context[] = [];

  constructor(readonly name: string) {}

  get active(): Context | undefined {
    return this.#storage.getStore() ?? this.#entered.at(-1);
  }

  /** A new context that inherits the active one's keys (cls-hooked: by prototype). */
  createContext(): Context {
    const context = Object.create(this.active ?? Object.prototype) as Context;
    context['_ns_name'] = this.name;
    return context;
  }

  get(key: PropertyKey): unknown {
    return this.active?.[key];
  }

  set<T>(key: PropertyKey, value: T): T {
    const context = this.active;
    if (!context) throw new Error(NO_CONTEXT);
    context[key] = value;
    return value;
  }

  /** Runs `fn` in a new child context; returns the context, as cls-hooked does. */
  run(fn: (context: Context) => void): Context {
    const context = this.createContext();
    this.#storage.run(context, fn, context);
    return context;
  }

  runAndReturn<T>(fn: (context: Context) => T): T {
    const context = this.createContext();
    return this.#storage.run(context, fn, context);
  }

  /** `fn`, run in `context` (by default the one active now) whenever and wherever it is called. */
  bind<A extends unknown[], R>(
    fn: (...args: A) => R,
    context: Context = this.active ?? this.createContext(),
  ): (...args: A) => R {
    const storage = this.#storage;
    return function bound(this: unknown, ...args: A): R {
      return storage.run(context, () => fn.apply(this, args));
    };
  }

  /**
   * Makes `context` active wherever no `run` is in progress, until `exit`. Entering inside a
   * `run` would mean changing the store of the code around it, which AsyncLocalStorage leaves to
   * `run`: the SDK never does it, and it is refused rather than half done.
   */
  enter(context: Context): void {
    if (this.#storage.getStore() !== undefined)
      throw new Error(`${this.name}: enter() inside run() is not supported; use run()`);
    this.#entered.push(context);
  }

  exit(context: Context): void {
    const index = this.#entered.lastIndexOf(context);
    if (index >= 0) this.#entered.splice(index, 1);
  }
}

const namespaces = new Map<string, Namespace>();

export function createNamespace(name: string): Namespace {
  const namespace = new Namespace(name);
  namespaces.set(name, namespace);
  return namespace;
}

export function getNamespace(name: string): Namespace | undefined {
  return namespaces.get(name);
}

export function destroyNamespace(name: string): void {
  namespaces.delete(name);
}

export function reset(): void {
  namespaces.clear();
}
