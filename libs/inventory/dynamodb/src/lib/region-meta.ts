import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { metaKey, type RegionMeta } from './inventory-keys';

/**
 * A region's meta item, read strongly consistent (writers decide from it); `undefined` before
 * the region's first sync.
 *
 * @example
 * const meta = await readRegionMeta(documentClient(), table, 'eu-west-1');
 */
export async function readRegionMeta(
  client: DynamoDBDocumentClient,
  table: string,
  region: string,
): Promise<RegionMeta | undefined> {
  const { Item } = await client.send(
    new GetCommand({ TableName: table, Key: metaKey(region), ConsistentRead: true }),
  );
  return Item as RegionMeta | undefined;
}
