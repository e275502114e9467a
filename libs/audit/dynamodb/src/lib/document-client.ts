import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { instrumentAwsClient } from '@fleet/lambda-kit';

let shared: DynamoDBDocumentClient | undefined;

let raw: DynamoDBClient | undefined;

/** One traced DynamoDB client for the container (endpoint from AWS_ENDPOINT_URL_DYNAMODB locally). */
export function rawDynamoDbClient(): DynamoDBClient {
  raw ??= instrumentAwsClient(new DynamoDBClient({}));
  return raw;
}

/** The document client over it: plain JS values in and out, `undefined` attributes left out. */
export function documentClient(): DynamoDBDocumentClient {
  shared ??= DynamoDBDocumentClient.from(rawDynamoDbClient(), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return shared;
}
