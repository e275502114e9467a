import { API_ERROR_CODES, isApiErrorCode } from '@fleet/contract';
import { isThrottlingError } from '@smithy/service-error-classification';

/** How the API answers an error; `headers` only where the answer needs them. */
export interface ErrorAnswer {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly headers?: Record<string, string>;
  /** Unexpected errors are logged as errors with their stack; the rest as warnings. */
  readonly unexpected: boolean;
}

/** Seconds a client should wait after AWS throttled us past the SDK's own retries. */
export const THROTTLED_RETRY_AFTER_SECONDS = API_ERROR_CODES.Throttled.retryAfterSeconds;

// The contract's Retry-After for a code, where it carries one (RequestInProgress, 503s, …).
function retryAfterOf(code: string): Record<string, string> | undefined {
  const spec = isApiErrorCode(code) ? API_ERROR_CODES[code] : undefined;
  return spec && 'retryAfterSeconds' in spec
    ? { 'Retry-After': String(spec.retryAfterSeconds) }
    : undefined;
}

interface ExposedError {
  statusCode: number;
  expose: true;
  message: string;
  code?: unknown;
  headers?: Readonly<Record<string, string>>;
}

function isExposed(error: unknown): error is ExposedError {
  const candidate = error as Partial<ExposedError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.expose === true &&
    typeof candidate.statusCode === 'number' &&
    candidate.statusCode >= 400 &&
    candidate.statusCode < 500
  );
}

// A 503 a function raises on purpose (its own dependency is down), with a code that says which.
function isExposedUnavailable(error: unknown): error is ExposedError & { code: string } {
  const candidate = error as Partial<ExposedError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.expose === true &&
    candidate.statusCode === 503 &&
    typeof candidate.code === 'string'
  );
}

function isAwsServerFault(error: unknown): boolean {
  return (error as { $fault?: string } | null)?.$fault === 'server';
}

// Codes for errors that carry a status but no code of their own (Middy's, e.g. bad JSON).
const CODE_BY_STATUS: Record<number, string> = {
  400: 'BadRequest',
  404: 'NotFound',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  422: 'MalformedBody',
};

/**
 * Decides what the caller learns about an error. Only errors that say so (`expose`) reach the
 * caller with their message; AWS throttling and AWS-side faults that outlived the SDK's retries
 * become `503` with `Retry-After`; everything else is a generic `500`, so no internals leak.
 */
export function classifyError(error: unknown, requestId: string): ErrorAnswer {
  if (isExposed(error)) {
    const code =
      typeof error.code === 'string'
        ? error.code
        : (CODE_BY_STATUS[error.statusCode] ?? 'BadRequest');
    // The error's own headers win; else the contract's Retry-After for its code, if any.
    const headers = error.headers ?? retryAfterOf(code);
    return {
      statusCode: error.statusCode,
      code,
      message: error.message,
      ...(headers ? { headers: { ...headers } } : {}),
      unexpected: false,
    };
  }
  const retryAfter = { 'Retry-After': String(THROTTLED_RETRY_AFTER_SECONDS) };
  if (isExposedUnavailable(error)) {
    return {
      statusCode: 503,
      code: error.code,
      message: error.message,
      headers: retryAfterOf(error.code) ?? retryAfter,
      unexpected: false,
    };
  }
  if (
    error instanceof Error &&
    isThrottlingError(error as Parameters<typeof isThrottlingError>[0])
  ) {
    return {
      statusCode: 503,
      code: 'Throttled',
      message: `AWS is throttling requests; retry in ${THROTTLED_RETRY_AFTER_SECONDS} seconds.`,
      headers: retryAfter,
      unexpected: false,
    };
  }
  if (isAwsServerFault(error)) {
    return {
      statusCode: 503,
      code: 'AwsUnavailable',
      message: `AWS did not answer in time; retry in ${THROTTLED_RETRY_AFTER_SECONDS} seconds.`,
      headers: retryAfter,
      unexpected: true,
    };
  }
  return {
    statusCode: 500,
    code: 'InternalError',
    message: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
    unexpected: true,
  };
}
