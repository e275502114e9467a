import { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { makeHandlerIdempotent } from '@aws-lambda-powertools/idempotency/middleware';
import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { HttpError, logger } from '@fleet/lambda-kit';
import { rawDynamoDbClient } from './document-client';

type HttpRequest = Request<APIGatewayProxyEvent, APIGatewayProxyResult>;

/**
 * The idempotency key: the caller's `Idempotency-Key` (headers are lower-cased by the kit, so any
 * case works), scoped to the caller and the route. No header → `null` → no idempotency.
 */
export const IDEMPOTENCY_KEY_PATH =
  'headers."idempotency-key" && [requestContext.authorizer.sub, path, headers."idempotency-key"]';

// A key reused with another body is a client mistake, not a replay.
const PAYLOAD_PATH = 'body';

function translated(error: unknown): unknown {
  const name = (error as Error | null)?.name;
  if (name === 'IdempotencyAlreadyInProgressError') {
    return new HttpError(
      409,
      'RequestInProgress',
      'A request with this Idempotency-Key is still running; retry shortly.',
    );
  }
  if (name === 'IdempotencyValidationError') {
    return new HttpError(
      422,
      'IdempotencyKeyReused',
      'This Idempotency-Key was used with another request body.',
    );
  }
  if (name === 'IdempotencyPersistenceLayerError') {
    return Object.assign(
      new Error(
        'The idempotency store cannot be reached, so nothing was done. Retry in a few seconds.',
      ),
      {
        statusCode: 503,
        expose: true,
        code: 'AuditUnavailable',
      },
    );
  }
  return error;
}

/**
 * Powertools idempotency over DynamoDB for action functions: a retry with the same
 * `Idempotency-Key` (same caller, same route, same body) gets the first answer back — no second
 * EC2 call, no second audit record. Errors are not stored (nothing was done, a retry may act);
 * answers, `409` refusals included, are kept for an hour.
 *
 * @example
 * const spec = { permission: 'instances:stop', body: StopRequestSchema, middlewares: [idempotentRequests()] } as const;
 */
export function idempotentRequests(
  tableName = process.env.IDEMPOTENCY_TABLE ?? 'idempotency-table-not-configured',
): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> {
  const inner = makeHandlerIdempotent({
    persistenceStore: new DynamoDBPersistenceLayer({
      tableName,
      awsSdkV3Client: rawDynamoDbClient(),
    }),
    config: new IdempotencyConfig({
      eventKeyJmesPath: IDEMPOTENCY_KEY_PATH,
      payloadValidationJmesPath: PAYLOAD_PATH,
      throwOnNoIdempotencyKey: false,
      expiresAfterSeconds: 3600,
    }),
    keyPrefix: process.env.POWERTOOLS_SERVICE_NAME,
  }) as MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult>;
  return {
    before: async (request: HttpRequest) => {
      try {
        return await inner.before?.(request);
      } catch (error) {
        throw translated(error);
      }
    },
    after: async (request: HttpRequest) => {
      try {
        await inner.after?.(request);
      } catch (error) {
        // The action is done and on the record: answer it; the key expires unanswered.
        logger.error('idempotent answer not stored', { error: error as Error });
      }
    },
    onError: async (request: HttpRequest) => {
      await Promise.resolve(inner.onError?.(request)).catch((error: unknown) =>
        logger.error('idempotency record not released', { error: error as Error }),
      );
    },
  };
}
