import type { ActionResponse } from '@fleet/contract';
import { keyedReason } from '../lib/audit-ledger';
import { keyedAction, postKeyed, runningInstances } from '../lib/keyed-action';
import type { Scenario } from '../lib/scenario';

/**
 * One key, bodies B, B, B′, B (the sequence): the act, its replay, 422 for the other
 * body (changing nothing), and the same replay again — one RebootInstances call. The second B
 * names its fields in another order: the same request.
 */
export const sameKeySequence: Scenario = {
  name: "same key, B B B' B",
  async act(context) {
    const [instance] = await runningInstances(context, 1);
    if (!instance) throw new Error('no running instance');
    await context.ready();
    const b = keyedAction(instance);
    const reordered = { ...b, body: Object.fromEntries(Object.entries(b.body).reverse()) };
    const other = { ...b, body: { ...b.body, reason: keyedReason(b.key, 'another body') } };
    const answers = [];
    for (const request of [b, reordered, other, b])
      answers.push(await postKeyed<ActionResponse>(context, 'reboot', request));
    const statuses = answers.map((answer) => answer.status);
    context.check(
      statuses.join() === '200,200,422,200',
      `answers 200, 200, 422, 200 (got ${statuses.join(', ')})`,
    );
    const ids = [answers[0], answers[1], answers[3]].map((answer) => answer?.body.requestId);
    context.check(new Set(ids).size === 1, `B's replays are the first run (${ids.join(', ')})`);
    return { keys: 1 };
  },
};
