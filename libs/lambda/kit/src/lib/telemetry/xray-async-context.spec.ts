import { MessageChannel } from 'node:worker_threads';
import * as alsContext from './xray-async-context';

// The same cases against cls-hooked, the X-Ray SDK's own context store, and against the
// AsyncLocalStorage version every bundle carries instead: what the SDK relies on behaves alike.
// cls-hooked ships CommonJS only, and no types.
const clsHooked = require('cls-hooked/context') as typeof alsContext;

type Implementation = typeof alsContext;
type Context = Record<PropertyKey, unknown>;

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

describe.each([
  ['cls-hooked', clsHooked],
  ['xray-async-context', alsContext],
] as [string, Implementation][])('%s', (name, implementation) => {
  // Async hooks cannot be removed once cls-hooked adds them: two namespaces per implementation.
  // `entered` is as the SDK leaves it inside Lambda (one context entered at load); `bare` has none.
  const entered = implementation.createNamespace(`spec-entered-${name}`);
  const bare = implementation.createNamespace(`spec-bare-${name}`);
  // Made before anything is entered, as the worker's message port is before the handler loads.
  const earlier = new MessageChannel();
  const facade = entered.createContext();
  entered.enter(facade);
  entered.set('segment', 'facade');

  afterAll(() => earlier.port1.close());

  it('finds a namespace by name, and forgets it once destroyed', () => {
    const made = implementation.createNamespace(`spec-named-${name}`);
    expect(implementation.getNamespace(`spec-named-${name}`)).toBe(made);
    implementation.destroyNamespace(`spec-named-${name}`);
    // cls-hooked answers null, this module undefined: the SDK only tests it (`get || create`).
    expect(implementation.getNamespace(`spec-named-${name}`)).toBeFalsy();
  });

  it('refuses a set where no context is active, and reads nothing there', () => {
    expect(bare.get('segment')).toBeUndefined();
    expect(() => bare.set('segment', 'x')).toThrow(
      'No context available. ns.run() or ns.bind() must be called first.',
    );
  });

  it('keeps the context entered at load active through awaits, timers and ticks', async () => {
    expect(entered.get('segment')).toBe('facade');
    await tick();
    expect(entered.get('segment')).toBe('facade');
    const seen = await new Promise((resolve) =>
      process.nextTick(() => setImmediate(() => resolve(entered.get('segment')))),
    );
    expect(seen).toBe('facade');
  });

  it('keeps it active in callbacks of resources made before it was entered', async () => {
    const seen = new Promise((resolve) => {
      earlier.port1.once('message', () => resolve(entered.get('segment')));
    });
    earlier.port2.postMessage('invocation');
    expect(await seen).toBe('facade');
  });

  it('shows a set on the entered context to code that runs later, as the handler subsegment is', async () => {
    entered.set('handler', 'first');
    await tick();
    expect(entered.get('handler')).toBe('first');
    entered.set('handler', 'second');
    expect(
      await new Promise((resolve) => setTimeout(() => resolve(entered.get('handler')), 1)),
    ).toBe('second');
  });

  it('runs in a child context: it inherits the keys, and what it sets stays inside', () => {
    let inside: unknown;
    let given: Context | undefined;
    const returned = entered.run((context) => {
      given = context;
      inside = entered.get('segment');
      entered.set('segment', 'subsegment');
      expect(entered.get('segment')).toBe('subsegment');
    });
    expect(inside).toBe('facade');
    expect(returned).toBe(given);
    expect(entered.get('segment')).toBe('facade');
    expect(entered.runAndReturn(() => 42)).toBe(42);
  });

  it('keeps a run’s context for the async work started in it, however late it runs', async () => {
    const later = await new Promise((resolve) => {
      entered.run(() => {
        entered.set('segment', 'captured call');
        setTimeout(() => resolve(entered.get('segment')), 5);
      });
    });
    expect(later).toBe('captured call');
    expect(entered.get('segment')).toBe('facade');
  });

  it('keeps concurrent runs apart across interleaved awaits', async () => {
    const chain = (label: string): Promise<unknown[]> =>
      new Promise((resolve) => {
        entered.run(async () => {
          entered.set('segment', label);
          const seen: unknown[] = [];
          for (let step = 0; step < 5; step++) {
            await tick();
            seen.push(entered.get('segment'));
          }
          resolve(seen);
        });
      });
    const [first, second] = await Promise.all([chain('a'), chain('b')]);
    expect(first).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(second).toEqual(['b', 'b', 'b', 'b', 'b']);
  });

  it('binds a function to the context active when bound, wherever it is called', () => {
    let bound: (() => unknown) | undefined;
    entered.run(() => {
      entered.set('segment', 'bound here');
      bound = entered.bind(() => entered.get('segment'));
    });
    expect(entered.get('segment')).toBe('facade');
    expect(bound?.()).toBe('bound here');
    const own = entered.createContext();
    own['segment'] = 'given';
    expect(entered.bind(() => entered.get('segment'), own)()).toBe('given');
    expect(bare.bind(() => bare.set('segment', 'made for the call'))()).toBe('made for the call');
  });

  it('stops showing an entered context once exited', () => {
    const extra = bare.createContext();
    bare.enter(extra);
    bare.set('segment', 'entered');
    expect(bare.get('segment')).toBe('entered');
    bare.exit(extra);
    expect(bare.get('segment')).toBeUndefined();
  });
});
