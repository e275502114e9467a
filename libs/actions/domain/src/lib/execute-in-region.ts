import type { InstanceState } from '@fleet/contract';
import type { ActionCommand } from './action-context';
import type { ActionEc2Port, CallResult } from './action-ports';

/** What EC2 did with one instance. */
export type Execution =
  | {
      readonly region: string;
      readonly id: string;
      readonly kind: 'done';
      readonly previous: InstanceState | null;
      readonly current: InstanceState | null;
    }
  | {
      readonly region: string;
      readonly id: string;
      readonly kind: 'failed';
      readonly code: string;
      readonly message: string;
      /** Throttled: EC2 did nothing with this instance. */
      readonly throttled: boolean;
    };

function executionsOf(region: string, ids: readonly string[], call: CallResult): Execution[] {
  return ids.map((id) => {
    if (!call.ok) {
      const { code, message } = call;
      return { region, id, kind: 'failed', code, message, throttled: call.throttled === true };
    }
    const change = call.changes.get(id);
    return {
      region,
      id,
      kind: 'done',
      previous: change?.previous ?? null,
      current: change?.current ?? null,
    };
  });
}

/**
 * Acts on the instances of one region with one EC2 call. EC2 fails a whole call when one
 * instance is refused (its state moved since the check, say): then each instance is retried on
 * its own, so every one gets its own true result. Throttling and AWS faults are not split: they
 * would fail the same way, one call per instance.
 *
 * @example
 * await executeInRegion(ec2, 'eu-west-1', ['i-0123456789abcdef0'], command);
 */
export async function executeInRegion(
  ec2: ActionEc2Port,
  region: string,
  ids: readonly string[],
  command: ActionCommand,
): Promise<Execution[]> {
  // ModifyInstanceAttribute takes one instance per call: protection and resize go one by one.
  const onePerCall = command.action === 'protect' || command.action === 'resize';
  const call =
    onePerCall && ids.length > 1
      ? undefined
      : await ec2.execute(region, ids, command.action, command.options);
  if (call && (call.ok || call.serverSide || ids.length === 1))
    return executionsOf(region, ids, call);
  const one = await Promise.all(
    ids.map(async (id) =>
      executionsOf(region, [id], await ec2.execute(region, [id], command.action, command.options)),
    ),
  );
  return one.flat();
}
