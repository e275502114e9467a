/**
 * How many instances one chunk is sized for. A chunk is one DynamoDB item (≤ 400 KB); 1,000
 * instances of the list model are ≈ 700 KB of JSON and ≈ 60–90 KB gzipped, so a chunk holding
 * four times its share still fits: the fleet can grow a lot between two syncs (which re-chunk).
 */
export const INSTANCES_PER_CHUNK = 1000;

/**
 * The number of chunks a region of `instances` instances is stored in.
 *
 * @example
 * chunkCountFor(10_000); // 10
 */
export function chunkCountFor(instances: number): number {
  return Math.max(1, Math.ceil(instances / INSTANCES_PER_CHUNK));
}

/**
 * The chunk an instance id lives in: a hash of the id, so a writer finds the one item to change
 * from the id alone, and instances spread evenly whatever the id order.
 *
 * @example
 * chunkOf('i-0abc123def4567890', 10); // 0…9, always the same for that id
 */
export function chunkOf(id: string, chunkCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % chunkCount;
}
