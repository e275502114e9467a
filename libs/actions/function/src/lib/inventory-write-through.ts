import { instanceEdit, type ActionCommand } from '@fleet/actions-domain';
import type { ActionResult } from '@fleet/contract';
import { createInventoryWriter, type InventoryWriter } from '@fleet/inventory-dynamodb';
import type { AfterMutation } from './action-ports';

// Tags and type: EC2's answer is a bare `true`, so the request itself is applied to the instances
// it succeeded on (CloudTrail's events, which trigger the full re-read, can be minutes late).
async function patchEdits(
  inventory: InventoryWriter,
  results: readonly ActionResult[],
  patch: NonNullable<ReturnType<typeof instanceEdit>>,
  observedAt: number,
): Promise<void> {
  const byRegion = new Map<string, { id: string; observedAt: number; patch: typeof patch }[]>();
  for (const result of results) {
    if (result.outcome !== 'succeeded') continue;
    byRegion.set(result.region, [
      ...(byRegion.get(result.region) ?? []),
      { id: result.id, observedAt, patch },
    ]);
  }
  await Promise.all(
    [...byRegion].map(([region, patches]) => inventory.patchInstances(region, patches)),
  );
}

/**
 * The inventory's write-through (docs/architecture.md, "The fleet inventory"): the states EC2
 * answered to an action go straight into the list's inventory, so the operator who acted sees
 * `stopping` on the next refresh without waiting for EventBridge. No EC2 call: the action's own
 * answer is the observation; the state-change events that follow re-read the whole instance. A
 * tag or type edit is applied as asked to the instances it succeeded on.
 *
 * @example
 * const ports = { ...defaultActionPorts(), afterMutation: inventoryWriteThrough() };
 */
export function inventoryWriteThrough(
  writer: () => InventoryWriter = createInventoryWriter,
): AfterMutation {
  let inventory: InventoryWriter | undefined;
  return async (results: readonly ActionResult[], command: ActionCommand) => {
    const observedAt = Date.now();
    const edit = instanceEdit(command);
    if (edit) {
      inventory ??= writer();
      await patchEdits(inventory, results, edit, observedAt);
      return;
    }
    const byRegion = new Map<
      string,
      { id: string; state: NonNullable<ActionResult['stateAfter']>; observedAt: number }[]
    >();
    for (const result of results) {
      if (!result.stateAfter || result.stateAfter === result.stateBefore) continue;
      const patches = byRegion.get(result.region) ?? [];
      patches.push({ id: result.id, state: result.stateAfter, observedAt });
      byRegion.set(result.region, patches);
    }
    if (byRegion.size === 0) return;
    inventory ??= writer();
    const current = inventory;
    await Promise.all(
      [...byRegion].map(([region, patches]) => current.patchStates(region, patches)),
    );
  };
}
