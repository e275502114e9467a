import type { ActionResult } from '@fleet/contract';
import { createInventoryWriter, type InventoryWriter } from '@fleet/inventory-dynamodb';
import type { AfterMutation } from './action-ports';

/**
 * The inventory's write-through (docs/architecture.md, "The fleet inventory"): the states EC2
 * answered to an action go straight into the list's inventory, so the operator who acted sees
 * `stopping` on the next refresh without waiting for EventBridge. No EC2 call: the action's own
 * answer is the observation; the state-change events that follow re-read the whole instance.
 *
 * @example
 * const ports = { ...defaultActionPorts(), afterMutation: inventoryWriteThrough() };
 */
export function inventoryWriteThrough(
  writer: () => InventoryWriter = createInventoryWriter,
): AfterMutation {
  let inventory: InventoryWriter | undefined;
  return async (results: readonly ActionResult[]) => {
    const observedAt = Date.now();
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
