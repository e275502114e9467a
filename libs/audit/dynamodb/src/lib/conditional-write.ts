import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './document-client';

/**
 * Sends a conditional write and says whether its condition held: `false` when DynamoDB refused
 * it for the condition (someone else got there first), any other failure thrown.
 *
 * @example
 * const won = await conditionalWrite(new UpdateCommand({ …, ConditionExpression: 'attribute_not_exists(closingBy)' }));
 */
export async function conditionalWrite(
  command: PutCommand | UpdateCommand | DeleteCommand,
): Promise<boolean> {
  try {
    // The client's send is overloaded per command type; a union of them matches none of them.
    await (documentClient().send as (c: typeof command) => Promise<unknown>)(command);
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
