import { InvalidRequestError } from '@fleet/fleet';

// Shaped by Middy's convention (`statusCode` + `expose` + `code`), so the Lambda kit answers
// them as `{ code, message }` without this lib knowing about HTTP handlers.

/** `400 ReasonRequired`: terminate, or production instances, without a reason. Not an attempt. */
export class ReasonRequiredError extends InvalidRequestError {
  constructor(message: string) {
    super('ReasonRequired', message);
  }
}

/**
 * `503 AuditUnavailable`: the attempt could not be written to the audit trail, so nothing was
 * done. Safe to retry.
 */
export class AuditUnavailableError extends Error {
  readonly statusCode = 503;
  readonly expose = true;
  readonly code = 'AuditUnavailable';
  constructor() {
    super(
      'The audit trail cannot be written right now, so nothing was done. Retry in a few seconds.',
    );
    this.name = 'AuditUnavailableError';
  }
}

/**
 * `503 Throttled`: EC2 throttled every target past the SDK's retries, so nothing was done (each
 * attempt is closed `failed`). Thrown rather than answered, so an `Idempotency-Key` is released
 * and a retry may act.
 */
export class ThrottledError extends Error {
  readonly statusCode = 503;
  readonly expose = true;
  readonly code = 'Throttled';
  constructor() {
    super('AWS is throttling EC2 calls, so nothing was done. Retry in a few seconds.');
    this.name = 'ThrottledError';
  }
}
