import {
  QueryCommand,
  ScanCommand,
  type QueryCommandInput,
  type QueryCommandOutput,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { documentClient } from './document-client';

/** An item as the document client reads it (plain JS values). */
type Item = NonNullable<QueryCommandOutput['Items']>[number];

/**
 * The items of a Query, page after page (`LastEvaluatedKey` followed), each page read only when
 * the caller asks for it: a loop that stops early reads no further page.
 *
 * @example
 * for await (const page of queryPages({ TableName: table, KeyConditionExpression: 'chain = :c', ExpressionAttributeValues: { ':c': chain } }))
 *   records.push(...page.map(fromItem));
 */
export async function* queryPages(
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): AsyncGenerator<Item[]> {
  let start: Item | undefined;
  do {
    const output = await documentClient().send(
      new QueryCommand({ ...input, ExclusiveStartKey: start }),
    );
    yield output.Items ?? [];
    start = output.LastEvaluatedKey;
  } while (start);
}

/**
 * Every item of a table, read consistently, page after page: for the verifier and the anchors,
 * which read everything by definition (the audit API never scans).
 *
 * @example
 * for await (const page of scanPages(tables.anchors)) anchors.push(...page);
 */
export async function* scanPages(table: string): AsyncGenerator<Item[]> {
  let start: Item | undefined;
  do {
    const input: ScanCommandInput = {
      TableName: table,
      ConsistentRead: true,
      ExclusiveStartKey: start,
    };
    const output = await documentClient().send(new ScanCommand(input));
    yield output.Items ?? [];
    start = output.LastEvaluatedKey;
  } while (start);
}
