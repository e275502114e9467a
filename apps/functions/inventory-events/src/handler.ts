import { parseFleetRegions } from '@fleet/fleet';
import { createInstanceRepository } from '@fleet/instances-ec2';
import { gone, hintOf, observed, type Ec2Event } from '@fleet/inventory-domain';
import { createInventoryWriter } from '@fleet/inventory-dynamodb';
import { defineEventFunction, logger } from '@fleet/lambda-kit';

const managedRegions = parseFleetRegions(process.env.FLEET_REGIONS);
const instances = createInstanceRepository();
const inventory = createInventoryWriter();

export interface EventOutcome {
  readonly region: string | null;
  readonly reread: number;
  readonly changedChunks: number;
}

/**
 * An EC2 state-change or CloudTrail-sourced event, taken as a hint: the instances it names are
 * re-read from EC2 and merged by read time, so duplicates, reordering and late events cannot
 * put an older picture over a newer one.
 */
export async function applyEvent(event: Ec2Event): Promise<EventOutcome> {
  const hint = hintOf(event);
  if (!hint || !managedRegions.includes(hint.region))
    return { region: hint?.region ?? null, reread: 0, changedChunks: 0 };
  const readAt = Date.now();
  const found = new Map(
    (await instances.findMany(hint.region, hint.instanceIds)).map((i) => [i.id, i]),
  );
  const entries = hint.instanceIds.map((id) => {
    const instance = found.get(id);
    return instance ? observed(instance, readAt) : gone(id, readAt);
  });
  const changedChunks = await inventory.observe(hint.region, entries);
  logger.info('inventory event applied', { ...hint, changedChunks });
  return { region: hint.region, reread: entries.length, changedChunks };
}

export const handler = defineEventFunction(applyEvent);
