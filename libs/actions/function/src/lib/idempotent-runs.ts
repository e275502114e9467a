import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyInconsistentStateError,
  IdempotencyItemNotFoundError,
  IdempotencyPersistenceLayerError,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import { canonicalJson } from '@fleet/audit-domain';
import { HttpError, logger, recordIdempotencyReplay } from '@fleet/lambda-kit';
import type { Context } from 'aws-lambda';

/** Seconds a caller waits before asking again about a request still running under its key. */
export const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

// A copy that saw the record in progress and then found it gone read it while its owner released
// it (nothing was done): claiming again is right, a few times, then it is told to retry.
const CLAIM_TRIES = 3;

/** One keyed request as the idempotency store compares it. */
export interface KeyedRequest {
  /** The caller's `Idempotency-Key`; without one the run is not idempotent. */
  readonly key: string | undefined;
  /** Whose key it is, and for what: the same key from another caller or action is another request. */
  readonly owner: readonly string[];
  /** The validated body, defaults applied: compared canonically (key order does not matter). */
  readonly body: unknown;
}

/** Runs `run` at most once per key while the key lives; see {@link idempotentRuns}. */
export type RunOnce = <R>(
  request: KeyedRequest,
  context: Context,
  run: () => Promise<R>,
) => Promise<R>;

function inProgress(): HttpError {
  return new HttpError(
    409,
    'RequestInProgress',
    'A request with this Idempotency-Key is still running; retry shortly.',
    { 'Retry-After': String(IN_PROGRESS_RETRY_AFTER_SECONDS) },
  );
}

function translated(error: unknown): unknown {
  if (
    error instanceof IdempotencyAlreadyInProgressError ||
    error instanceof IdempotencyInconsistentStateError ||
    error instanceof IdempotencyItemNotFoundError
  )
    return inProgress();
  if (error instanceof IdempotencyValidationError) {
    return new HttpError(
      422,
      'IdempotencyKeyReused',
      'This Idempotency-Key was used with another request body.',
    );
  }
  if (error instanceof IdempotencyPersistenceLayerError) {
    return Object.assign(
      new Error(
        'The idempotency store cannot be reached, so nothing was done. Retry in a few seconds.',
      ),
      { statusCode: 503, expose: true, code: 'AuditUnavailable' },
    );
  }
  return error;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * At most one run per `Idempotency-Key` while the key lives (an hour), over Powertools
 * idempotency in its function form, so that only the run that created a record can release it:
 * - a run that returns stores its answer (a failure answer included) and every later copy
 *   replays it;
 * - a run that throws releases the key (the contract of the action domain: it throws only when
 *   no EC2 mutation was sent), so a retry may act;
 * - a copy arriving while the first runs answers `409 RequestInProgress` + `Retry-After`;
 * - the key reused with another body answers `422 IdempotencyKeyReused` and changes nothing.
 *
 * The store's own refusals never reach the release path (they are raised before a run
 * starts), unlike Powertools' Middy form, whose `onError` deletes the record of the first copy.
 *
 * @example
 * const runOnce = idempotentRuns(new DynamoDBPersistenceLayer({ tableName }));
 * const answer = await runOnce({ key, owner: [principal.sub, 'stop'], body }, context, () => act());
 */
export function idempotentRuns(store: BasePersistenceLayer): RunOnce {
  const config = new IdempotencyConfig({
    eventKeyJmesPath: 'key',
    payloadValidationJmesPath: 'payload',
    expiresAfterSeconds: 3600,
  });
  return async function runOnce<R>(
    request: KeyedRequest,
    context: Context,
    run: () => Promise<R>,
  ): Promise<R> {
    if (!request.key) return run();
    const compared = { key: [...request.owner, request.key], payload: canonicalJson(request.body) };
    let outcome: { answer: R } | { error: unknown } | undefined;
    // Powertools hashes the first argument and reads the Lambda context from the second.
    const tracked = async (_compared: typeof compared, _context: Context): Promise<R> => {
      try {
        const answer = await run();
        outcome = { answer };
        return answer;
      } catch (error) {
        outcome = { error };
        throw error;
      }
    };
    for (let claim = 1; ; claim++) {
      try {
        const answer = await makeIdempotent(tracked, { persistenceStore: store, config })(
          compared,
          context,
        );
        // Nothing ran: the stored answer of an earlier run was replayed.
        if (!outcome) recordIdempotencyReplay();
        return answer;
      } catch (error) {
        if (outcome && error instanceof IdempotencyPersistenceLayerError) {
          // The store failed after the run: its answer (or its own error) still goes out.
          logger.error('idempotency record not updated after the run', { error });
          if ('answer' in outcome) return outcome.answer;
          throw outcome.error;
        }
        if (error instanceof IdempotencyItemNotFoundError && claim < CLAIM_TRIES) {
          await pause(20 * claim);
          continue;
        }
        throw translated(error);
      }
    }
  };
}
