import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { chunkOf, mergeSync, type InventoryEntry } from '@fleet/inventory-domain';
import { decodeChunk, encodeChunk } from './chunk-codec';
import { chunkKey, metaKey, type RegionMeta } from './inventory-keys';

async function entriesOf(
  client: DynamoDBDocumentClient,
  table: string,
  meta: RegionMeta,
): Promise<InventoryEntry[]> {
  const chunks = await Promise.all(
    Array.from({ length: meta.chunks }, (_, chunk) =>
      client.send(
        new GetCommand({
          TableName: table,
          Key: chunkKey(meta.region, meta.generation, chunk),
          ConsistentRead: true,
        }),
      ),
    ),
  );
  return chunks.flatMap(({ Item }) => decodeChunk(Item?.['body'] as Uint8Array | undefined));
}

async function deleteChunks(
  client: DynamoDBDocumentClient,
  table: string,
  meta: RegionMeta,
): Promise<void> {
  const keys = Array.from({ length: meta.chunks }, (_, chunk) =>
    chunkKey(meta.region, meta.generation, chunk),
  );
  for (let at = 0; at < keys.length; at += 25) {
    const batch = keys.slice(at, at + 25).map((Key) => ({ DeleteRequest: { Key } }));
    await client.send(new BatchWriteCommand({ RequestItems: { [table]: batch } }));
  }
}

/**
 * Writes a region's snapshot as a new generation (first sync, or a chunk count that no longer
 * fits the fleet), keeping what events wrote to the old generation after the sync read it, then
 * switches the meta item over — only if no event changed the old generation meanwhile (else it
 * merges again). The old generation is deleted once nobody is sent to it.
 *
 * @example
 * await rechunkRegion(client, table, 'eu-west-1', previousMeta, synced, startedAt, 12);
 */
export async function rechunkRegion(
  client: DynamoDBDocumentClient,
  table: string,
  region: string,
  previous: RegionMeta | undefined,
  synced: readonly InventoryEntry[],
  startedAt: number,
  chunks: number,
): Promise<RegionMeta> {
  const generation = (previous?.generation ?? 0) + 1;
  const stored = previous ? await entriesOf(client, table, previous) : [];
  const { entries } = mergeSync(stored, synced, startedAt);
  const groups: InventoryEntry[][] = Array.from({ length: chunks }, () => []);
  for (const entry of entries) groups[chunkOf(entry.id, chunks)]?.push(entry);
  await Promise.all(
    groups.map((group, chunk) =>
      client.send(
        new PutCommand({
          TableName: table,
          Item: { ...chunkKey(region, generation, chunk), rev: 1, body: encodeChunk(group) },
        }),
      ),
    ),
  );
  const now = Date.now();
  const meta: RegionMeta = {
    region,
    generation,
    chunks,
    revs: Object.fromEntries(groups.map((_, chunk) => [String(chunk), 1])),
    version: (previous?.version ?? 0) + 1,
    syncedAt: startedAt,
    updatedAt: now,
  };
  await client.send(
    new PutCommand({
      TableName: table,
      Item: { ...metaKey(region), ...meta },
      ConditionExpression: previous
        ? 'generation = :generation AND version = :version'
        : 'attribute_not_exists(pk)',
      ExpressionAttributeValues: previous
        ? { ':generation': previous.generation, ':version': previous.version }
        : undefined,
    }),
  );
  if (previous) await deleteChunks(client, table, previous);
  return meta;
}
