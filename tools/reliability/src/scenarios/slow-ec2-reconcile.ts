import type { ActionResponse, ReconcileResponse } from '@fleet/contract';
import { callApi, injectFaults } from '@fleet/testing';
import { keyedAction, postKeyed, runningInstances, warmPool } from '../lib/keyed-action';
import type { Scenario } from '../lib/scenario';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * RebootInstances takes 4 s while an admin reconciles with `minAgeSeconds=0` again and again: the
 * attempts in flight are too recent to be closed by reconcile, so each gets exactly one closing,
 * its own outcome.
 */
export const slowEc2Reconcile: Scenario = {
  name: '4 s EC2 latency + reconcile',
  async act(context) {
    const instances = await runningInstances(context, Math.min(5, context.counts.faultRequests));
    await warmPool('reboot', instances.length);
    await callApi('/audit/reconcile?minAgeSeconds=0', { method: 'POST' });
    await context.ready();
    await injectFaults([{ service: 'ec2', action: 'RebootInstances', latencyMs: 4000 }]);
    const reboots = Promise.all(
      instances.map((instance) =>
        postKeyed<ActionResponse>(context, 'reboot', keyedAction(instance)),
      ),
    );
    const reconciles = (async () => {
      const closed: number[] = [];
      for (let round = 0; round < 3; round++) {
        await pause(1500);
        const answer = await context.traffic.call<ReconcileResponse>(
          'POST /audit/reconcile',
          '/audit/reconcile?minAgeSeconds=0',
          { method: 'POST' },
        );
        closed.push(answer.body.reconciled?.length ?? -1);
      }
      return closed;
    })();
    const [answers, closed] = await Promise.all([reboots, reconciles]);
    context.check(
      answers.every((answer) => answer.status === 200 && answer.body.auditComplete),
      `every reboot answers 200 with its outcome (${answers.map((a) => a.status).join(', ')})`,
    );
    context.check(
      closed.every((count) => count === 0),
      `reconcile closes nothing in flight (${closed.join(', ')})`,
    );
    return { keys: instances.length };
  },
};
