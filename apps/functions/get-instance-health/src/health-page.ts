import type { Instance, InstanceHealth, InstanceHealthPage, InstanceRef } from '@fleet/contract';
import { instanceKey } from '@fleet/fleet';
import type { RegionHealth } from './region-health';

/**
 * The answer, in the order asked (each instance once): visible instances only, `checks` `null`
 * where EC2 reported none, and the alarms' read time of the oldest region read.
 *
 * @example
 * healthPage(body.instances, visible, byRegion, Date.now());
 */
export function healthPage(
  refs: readonly InstanceRef[],
  visible: ReadonlyMap<string, Instance>,
  byRegion: ReadonlyMap<string, RegionHealth>,
  nowMs: number,
): InstanceHealthPage {
  const asked = [...new Map(refs.map((ref) => [instanceKey(ref), ref])).values()];
  const health = asked.flatMap((ref): InstanceHealth[] => {
    const region = byRegion.get(ref.region);
    if (!region || !visible.has(instanceKey(ref))) return [];
    const checks = region.checks.get(ref.id) ?? null;
    return [{ region: ref.region, id: ref.id, checks, alarms: region.alarms.get(ref.id) ?? [] }];
  });
  const readAt = Math.min(nowMs, ...[...byRegion.values()].map((read) => read.alarmsReadAt));
  return { health, alarmsReadAt: new Date(readAt).toISOString() };
}
