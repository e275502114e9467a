import type { ActionResponse } from '@fleet/contract';
import { injectFaults, type ApiAnswer, type FaultRule } from '@fleet/testing';
import {
  inParallel,
  keyedAction,
  postKeyed,
  runningInstances,
  warmPool,
} from '../lib/keyed-action';
import type { Scenario, ScenarioContext } from '../lib/scenario';

// Reboots in flight at once under a fault: a few operators at work, spread over a few instances.
const WIDTH = 5;
const INSTANCES = 4;

/**
 * Sends the scenario's reboots (each with its own key, retried as a client retries) while the
 * local AWS applies `rules`; answers them for the scenario's own checks.
 */
export async function rebootsUnder(
  context: ScenarioContext,
  rules: readonly FaultRule[],
  retries: number,
): Promise<ApiAnswer<ActionResponse>[]> {
  const instances = await runningInstances(context, INSTANCES);
  await warmPool('reboot', WIDTH);
  await context.ready();
  await injectFaults(rules);
  const requests = Array.from({ length: context.counts.faultRequests }, (_, i) =>
    keyedAction(instances[i % instances.length] as (typeof instances)[number]),
  );
  return inParallel(
    requests.map((request) => () => postKeyed<ActionResponse>(context, 'reboot', request, retries)),
    WIDTH,
  );
}

/**
 * A scenario of reboots under an injected fault, retried by the client (same key) when told to.
 *
 * @example
 * faultScenario('EC2 throttling 30 %', [{ service: 'ec2', requestLimitExceeded: 0.3 }]);
 */
export function faultScenario(name: string, rules: readonly FaultRule[]): Scenario {
  return {
    name,
    async act(context) {
      await rebootsUnder(context, rules, 3);
      return { keys: context.counts.faultRequests };
    },
  };
}
