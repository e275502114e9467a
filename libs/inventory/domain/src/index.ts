export { gone, observed, type InventoryEntry } from './lib/inventory-entry';
export {
  mergeObservations,
  mergeSync,
  patchStates,
  type MergeResult,
  type StatePatch,
} from './lib/merge-entries';
export { patchInstances, type InstancePatch } from './lib/patch-instances';
export { INSTANCES_PER_CHUNK, chunkCountFor, chunkOf } from './lib/chunking';
export {
  CLOUDTRAIL_CALL,
  STATE_CHANGE,
  TRACKED_CALLS,
  hintOf,
  type Ec2Event,
  type EventHint,
} from './lib/event-hint';
export { combineFreshness, type RegionFreshness } from './lib/freshness';
