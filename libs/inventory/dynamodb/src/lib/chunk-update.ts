import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { InventoryEntry, MergeResult } from '@fleet/inventory-domain';
import { decodeChunk, encodeChunk } from './chunk-codec';
import { chunkKey, metaKey, type RegionMeta } from './inventory-keys';

/** The meta item moved to another generation: the write must be redone against the new one. */
export class GenerationChanged extends Error {}

const MAX_ATTEMPTS = 8;

/**
 * Read-merge-write of one chunk under optimistic concurrency: the chunk is written only if its
 * revision is still the one read (another writer retries with the newer content), then the meta
 * item learns the new revision so readers reload just that chunk.
 *
 * @example
 * await updateChunk(client, table, meta, 3, (stored) => mergeObservations(stored, updates));
 */
export async function updateChunk(
  client: DynamoDBDocumentClient,
  table: string,
  meta: RegionMeta,
  chunk: number,
  merge: (stored: InventoryEntry[]) => MergeResult,
): Promise<boolean> {
  const key = chunkKey(meta.region, meta.generation, chunk);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const { Item } = await client.send(
      new GetCommand({ TableName: table, Key: key, ConsistentRead: true }),
    );
    const rev = (Item?.['rev'] as number | undefined) ?? 0;
    const { entries, changed } = merge(decodeChunk(Item?.['body'] as Uint8Array | undefined));
    if (!changed) return false;
    try {
      await client.send(
        new PutCommand({
          TableName: table,
          Item: { ...key, rev: rev + 1, body: encodeChunk(entries) },
          ConditionExpression: Item ? 'rev = :rev' : 'attribute_not_exists(pk)',
          ExpressionAttributeValues: Item ? { ':rev': rev } : undefined,
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) continue;
      throw error;
    }
    await publishRevision(client, table, meta, chunk, rev + 1);
    return true;
  }
  throw new Error(`inventory chunk ${key.pk} kept changing under ${MAX_ATTEMPTS} attempts`);
}

async function publishRevision(
  client: DynamoDBDocumentClient,
  table: string,
  meta: RegionMeta,
  chunk: number,
  rev: number,
): Promise<void> {
  try {
    await client.send(
      new UpdateCommand({
        TableName: table,
        Key: metaKey(meta.region),
        UpdateExpression: 'SET revs.#chunk = :rev, updatedAt = :now ADD version :one',
        // Two writers of one chunk may publish out of order: the revision only moves forward.
        ConditionExpression:
          'generation = :generation AND (attribute_not_exists(revs.#chunk) OR revs.#chunk < :rev)',
        ExpressionAttributeNames: { '#chunk': String(chunk) },
        ExpressionAttributeValues: {
          ':rev': rev,
          ':now': Date.now(),
          ':one': 1,
          ':generation': meta.generation,
        },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const { Item } = await client.send(
      new GetCommand({ TableName: table, Key: metaKey(meta.region), ConsistentRead: true }),
    );
    if ((Item?.['generation'] as number | undefined) !== meta.generation)
      throw new GenerationChanged();
  }
}
