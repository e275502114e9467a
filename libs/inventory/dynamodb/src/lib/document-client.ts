import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { instrumentAwsClient } from '@fleet/lambda-kit';

let shared: DynamoDBDocumentClient | undefined;

/** One traced document client per container (endpoint from AWS_ENDPOINT_URL_DYNAMODB locally). */
export function documentClient(): DynamoDBDocumentClient {
  shared ??= DynamoDBDocumentClient.from(instrumentAwsClient(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return shared;
}
