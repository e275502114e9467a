import type { Instance } from '@fleet/contract';
import { callApi, settle, type ApiAnswer } from '@fleet/testing';
import { randomUUID } from 'node:crypto';
import { keyedReason } from './audit-ledger';
import type { ScenarioContext } from './scenario';

/** An action request as a careful client sends it: one instance, an Idempotency-Key, a reason. */
export interface KeyedAction {
  readonly key: string;
  readonly body: Record<string, unknown>;
}

/** A fresh key and the body naming `instance`, its reason tagged with the key (see `auditLedger`). */
export function keyedAction(instance: Pick<Instance, 'region' | 'id'>): KeyedAction {
  const key = randomUUID();
  return { key, body: { region: instance.region, id: instance.id, reason: keyedReason(key) } };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POSTs a keyed action and, as a well-behaved client does, sends the same request again (same
 * key, same body) after `Retry-After` when told to wait: `409 RequestInProgress` or a 503 with
 * `Retry-After`, up to `retries` times. Every try is counted by the scenario's traffic.
 *
 * @example
 * const answer = await postKeyed(context, 'reboot', keyedAction(instance), 3);
 */
export async function postKeyed<T = unknown>(
  context: ScenarioContext,
  action: string,
  request: KeyedAction,
  retries = 0,
): Promise<ApiAnswer<T>> {
  for (let attempt = 0; ; attempt++) {
    const answer = await context.traffic.call<T>(
      `POST /instances/${action}`,
      `/instances/${action}`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.key },
        body: JSON.stringify(request.body),
      },
    );
    const retryAfter = Number(answer.headers.get('retry-after'));
    const wait = answer.status === 409 || answer.status === 503;
    if (!wait || !retryAfter || attempt >= retries) return answer;
    await pause(Math.min(retryAfter, 5) * 1000);
  }
}

/**
 * Brings serverless-offline's worker pool to `size` idle workers for an action route (and the
 * authorizer) before a race: it starts a new worker for every concurrent call that finds none
 * idle, so a cold race would measure cold starts. The warming calls are refused with 400 (an
 * empty body): no record, no EC2 call.
 */
export async function warmPool(action: string, size: number): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await Promise.all(
      Array.from({ length: size }, () =>
        callApi(`/instances/${action}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
          // Warming only: a connection serverless-offline drops under load is not the product's.
        }).catch(() => undefined),
      ),
    );
  }
}

/**
 * Running instances the scenario may act on (any team; production ones take the reason given),
 * checked against EC2 itself: on a stack shared with other tests the inventory may lag a change
 * made behind its back, so each is brought to `running` first if it is not.
 */
export async function runningInstances(
  context: ScenarioContext,
  count: number,
): Promise<Instance[]> {
  const chosen: Instance[] = [];
  for (const candidate of context.fleet.filter((instance) => instance.state === 'running')) {
    if (chosen.length === count) break;
    const now = await settle(candidate, 'running');
    if (now.state === 'running') chosen.push(now);
  }
  if (chosen.length < count) throw new Error(`only ${chosen.length} running instances`);
  return chosen;
}

/** Runs `tasks` with at most `width` of them in flight. */
export async function inParallel<T>(
  tasks: readonly (() => Promise<T>)[],
  width: number,
): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}
