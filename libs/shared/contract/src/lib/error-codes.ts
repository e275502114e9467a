/** Seconds a client waits before retrying an answer that says "not now" (503, 409 in progress). */
export const RETRY_AFTER_SECONDS = 2;

/** One error code: the status it is always sent with, and whether it carries `Retry-After`. */
export interface ApiErrorCodeSpec {
  readonly status: number;
  /** Seconds in `Retry-After`, when the answer carries one: the same request may succeed later. */
  readonly retryAfterSeconds?: number;
  /** When it is sent, for people reading docs/api.md. */
  readonly when: string;
}

/**
 * Every `code` an error body of the API (functions and API Gateway itself) can carry, with its
 * status and `Retry-After`. The functions answer from it and the dashboard words each one.
 *
 * @example
 * API_ERROR_CODES.Throttled; // { status: 503, retryAfterSeconds: 2, when: '…' }
 */
export const API_ERROR_CODES = {
  ValidationError: { status: 400, when: 'a path, query or body field is invalid' },
  BadRequest: { status: 400, when: 'a request API Gateway itself refused' },
  UnknownRegion: { status: 400, when: 'a region this stage does not manage' },
  InvalidCursor: {
    status: 400,
    when: 'a damaged cursor, one from other filters, or before `from`',
  },
  InvalidTimeRange: { status: 400, when: '`from` after `to`, or in the future' },
  ReasonRequired: { status: 400, when: 'terminate, or a production instance, without a reason' },
  Unauthorized: { status: 401, when: 'no valid token' },
  Forbidden: { status: 403, when: 'the role may not call this route' },
  NotFound: { status: 404, when: 'no such route or thing' },
  InstanceNotFound: { status: 404, when: 'no such instance you may see (409 on an action)' },
  IncorrectInstanceState: { status: 409, when: "the instance's state does not allow the action" },
  InstanceProtected: { status: 409, when: 'a protection flag forbids the action' },
  HibernationNotConfigured: { status: 409, when: 'hibernate on an instance launched without it' },
  RequestInProgress: {
    status: 409,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    when: 'the same Idempotency-Key is still being served',
  },
  PayloadTooLarge: { status: 413, when: 'a body over the limit' },
  UnsupportedMediaType: { status: 415, when: 'a body that is not JSON' },
  IdempotencyKeyReused: { status: 422, when: 'an Idempotency-Key sent again with another body' },
  MalformedBody: { status: 422, when: 'a body that could not be read' },
  RateLimited: {
    status: 429,
    retryAfterSeconds: 1,
    when: "API Gateway's own rate limit for this stage",
  },
  InternalError: { status: 500, when: 'anything unexpected; the message quotes the request id' },
  Throttled: {
    status: 503,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    when: 'AWS throttled us past the SDK retries (on an action: every target, nothing done)',
  },
  AwsUnavailable: {
    status: 503,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    when: 'AWS answered with a server fault past the SDK retries',
  },
  AuditUnavailable: {
    status: 503,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    when: 'the audit trail could not record the attempt: nothing was done',
  },
} as const satisfies Record<string, ApiErrorCodeSpec>;

/** A code from {@link API_ERROR_CODES}. */
export type ApiErrorCode = keyof typeof API_ERROR_CODES;

/**
 * Whether a string is one of the API's error codes.
 *
 * @example
 * isApiErrorCode('Throttled'); // true
 */
export function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.hasOwn(API_ERROR_CODES, code);
}
