import type { ActionResponse } from '@fleet/contract';
import { keyedAction, postKeyed, runningInstances, warmPool } from '../lib/keyed-action';
import type { Scenario } from '../lib/scenario';

/**
 * Concurrent copies of one keyed reboot (a client retrying on a timeout, many times at once):
 * one RebootInstances call at most, every copy answering the first run's answer or
 * `409 RequestInProgress` + `Retry-After`, never a 5xx.
 */
export const sameKeyRace: Scenario = {
  name: 'same key, concurrent copies',
  async act(context) {
    const copies = context.counts.raceCopies;
    const [instance] = await runningInstances(context, 1);
    if (!instance) throw new Error('no running instance');
    await warmPool('reboot', copies);
    await context.ready();
    const request = keyedAction(instance);
    const answers = await Promise.all(
      Array.from({ length: copies }, () => postKeyed<ActionResponse>(context, 'reboot', request)),
    );
    const statuses = answers.map((answer) => answer.status);
    context.check(
      statuses.every((status) => status === 200 || status === 409),
      `every copy answers 200 or 409 (got ${statuses.join(', ')})`,
    );
    const runs = new Set(answers.filter((a) => a.status === 200).map((a) => a.body.requestId));
    context.check(runs.size <= 1, `every 200 is the same run (got ${runs.size} request ids)`);
    return { keys: 1 };
  },
};
