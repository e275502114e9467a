import type { ActionResponse, ActionResult, ApiError, Instance } from '@fleet/contract';
import { callApi, type ApiAnswer } from './api-client';
import { instanceSupply, type WantedState } from './instance-preparation';
import { localAwsCounters } from './local-aws-admin';
import type { DemoUserKey } from '@fleet/demo-users';

/** Who posts, and with which extra headers (e.g. `Idempotency-Key`). */
export interface PostOptions {
  readonly as?: DemoUserKey;
  readonly headers?: Record<string, string>;
}

/** One action route as its stack tests drive it. */
export interface ActionRoute {
  /** POSTs `body` as JSON (a string is sent as is, e.g. malformed JSON). */
  post<T = unknown>(body: unknown, options?: PostOptions): Promise<ApiAnswer<T>>;
  /** An instance of the route's team, outside production, brought to `state` first. */
  instance(state: WantedState, predicate?: (instance: Instance) => boolean): Promise<Instance>;
}

/**
 * The `{ region, id }` an action body names an instance by.
 *
 * @example
 * await stop.post(refOf(instance));
 */
export function refOf(instance: Pick<Instance, 'region' | 'id'>): { region: string; id: string } {
  return { region: instance.region, id: instance.id };
}

/**
 * How many calls of one EC2 action the local AWS counted since its counters were last reset.
 *
 * @example
 * expect(await ec2Calls('StopInstances')).toBe(1);
 */
export async function ec2Calls(action: string): Promise<number> {
  return (await localAwsCounters()).services.ec2?.actions[action]?.total ?? 0;
}

/**
 * The shared fixture of the action functions' stack tests: posts to one route as a default
 * caller, and hands out instances of one team (the supply is read on first use, so no
 * `beforeAll` is needed).
 *
 * @example
 * const stop = actionRoute('/instances/stop', { team: 'payments', as: 'operator' });
 * const { status } = await stop.post(refOf(await stop.instance('running')));
 */
export function actionRoute(
  path: string,
  defaults: { readonly team: string; readonly as?: DemoUserKey },
): ActionRoute {
  let supply: ReturnType<typeof instanceSupply> | undefined;
  return {
    post<T>(body: unknown, options: PostOptions = {}): Promise<ApiAnswer<T>> {
      return callApi<T>(
        path,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...options.headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        },
        { as: options.as ?? defaults.as ?? 'admin' },
      );
    },
    async instance(state, predicate) {
      supply ??= instanceSupply(defaults.team);
      return (await supply).next(state, predicate);
    },
  };
}

/** One instance refused twice: as a result of a batch, and as the answer when it is alone. */
export interface Refusals {
  readonly inBatch: ActionResult | undefined;
  readonly alone: ApiAnswer<ApiError>;
}

/**
 * Posts one instance in a batch of one, then alone. A refusal is one result of a batch's `200`,
 * but the answer itself (an HTTP error with a code) when the request names only that instance.
 *
 * @example
 * const { inBatch, alone } = await refusalsOf(reboot, stoppedInstance);
 * expect(inBatch?.refusal).toBe('wrong-state');
 * expect(alone.status).toBe(409);
 */
export async function refusalsOf(
  route: ActionRoute,
  instance: Pick<Instance, 'region' | 'id'>,
  options: PostOptions = {},
): Promise<Refusals> {
  const batch = await route.post<ActionResponse>({ instances: [refOf(instance)] }, options);
  const alone = await route.post<ApiError>(refOf(instance), options);
  return { inBatch: batch.body.results[0], alone };
}

/**
 * Takes only an instance already in `state`, never brings one there: for suites that must leave
 * the seeded states as they are (other suites read a long-stopped instance's metrics).
 *
 * @example
 * const instance = await resize.instance('stopped', alreadyIn('stopped'));
 */
export function alreadyIn(state: Instance['state']): (instance: Instance) => boolean {
  // A preference: when none is left in that state, the supply brings one there.
  return Object.assign((instance: Instance) => instance.state === state, { preference: true });
}
