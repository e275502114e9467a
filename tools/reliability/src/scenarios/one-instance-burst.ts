import type { ActionResponse } from '@fleet/contract';
import { keyedAction, postKeyed, runningInstances, warmPool } from '../lib/keyed-action';
import type { Scenario } from '../lib/scenario';

/**
 * Many operators reboot one instance at the same moment (each with a key of their own, retrying
 * when told to): every reboot that ran is on the record, attempt and outcome, in one unbroken
 * chain; none answers a 5xx other than 503 + `Retry-After`.
 */
export const oneInstanceBurst: Scenario = {
  name: 'concurrent actions, one instance',
  async act(context) {
    const burst = context.counts.burst;
    const [instance] = await runningInstances(context, 1);
    if (!instance) throw new Error('no running instance');
    await warmPool('reboot', burst);
    await context.ready();
    const answers = await Promise.all(
      Array.from({ length: burst }, () =>
        postKeyed<ActionResponse>(context, 'reboot', keyedAction(instance), 3),
      ),
    );
    const incomplete = answers.filter((a) => a.status === 200 && !a.body.auditComplete).length;
    context.check(incomplete === 0, `every 200 has its outcome written (${incomplete} without)`);
    return { keys: burst };
  },
};
