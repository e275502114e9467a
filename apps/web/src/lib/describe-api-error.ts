import type { ApiErrorCode } from '@fleet/contract';
import { ApiRequestError } from './api-client';

interface UnavailableWords {
  message: (wait: string) => string;
  severity: 'error' | 'warning';
}

// Every "not now" code of the contract (API_ERROR_CODES with a Retry-After) in its own words: who
// is busy, and whether anything was done, differ from one to the next.
const UNAVAILABLE_WORDS: Partial<Record<ApiErrorCode | string, UnavailableWords>> = {
  Throttled: {
    message: (wait) => `AWS is throttling requests right now. Wait ${wait} and retry.`,
    severity: 'warning',
  },
  AwsUnavailable: {
    message: (wait) => `AWS did not answer in time. Wait ${wait} and retry.`,
    severity: 'warning',
  },
  AuditUnavailable: {
    message: (wait) =>
      `The audit trail could not record the attempt, so nothing was done. Retry in ${wait}.`,
    severity: 'error',
  },
  RateLimited: {
    message: (wait) => `Too many requests to the console right now. Wait ${wait} and retry.`,
    severity: 'warning',
  },
};

const SERVICE_BUSY: UnavailableWords = {
  message: (wait) => `The console's API is unavailable right now. Wait ${wait} and retry.`,
  severity: 'warning',
};

export interface ApiErrorDescription {
  message: string;
  /** What the person can do about it, when there is something. */
  hint: string | null;
  requestId: string | null;
  /** Throttling is AWS asking for patience, not a failure: shown as a warning. */
  severity: 'error' | 'warning';
}

/**
 * Turns whatever a query threw into words for the operator; the API's own message first, since
 * it is written for people and never holds internals.
 *
 * @example
 * describeApiError(new ApiRequestError({ status: 503, code: 'Throttled', message: 'Rate exceeded' })).severity; // 'warning'
 */
export function describeApiError(error: unknown): ApiErrorDescription {
  if (!(error instanceof ApiRequestError)) {
    return {
      message: 'An unexpected error occurred.',
      hint: 'Retry; if it keeps happening, reload the page.',
      requestId: null,
      severity: 'error',
    };
  }
  const requestId = error.requestId ?? null;
  const unavailable = UNAVAILABLE_WORDS[error.code] ?? (error.status === 503 ? SERVICE_BUSY : null);
  if (unavailable) {
    const wait = error.retryAfterSeconds ? `${error.retryAfterSeconds} seconds` : 'a few seconds';
    return {
      message: unavailable.message(wait),
      // The API's own words stay visible: they say which call was refused.
      hint: error.message || null,
      requestId,
      severity: unavailable.severity,
    };
  }
  if (error.status === 401) {
    return {
      message: 'You are not signed in, or your session has expired.',
      hint: 'Sign in again, then retry.',
      requestId,
      severity: 'error',
    };
  }
  if (error.status === 403) {
    // The API's message names the role and the action ("Your role (viewers) may not stop
    // instances."); a gateway's own 403 has none worth showing.
    return {
      message:
        error.code === 'UnexpectedResponse'
          ? 'You do not have permission to do this.'
          : error.message,
      hint: 'Ask an admin if your work needs this permission.',
      requestId,
      severity: 'error',
    };
  }
  if (error.status === 0) {
    return { message: error.message, hint: null, requestId, severity: 'error' };
  }
  if (error.status >= 500) {
    return {
      message: error.message,
      hint: 'The service failed; retry, and quote the request id if you report it.',
      requestId,
      severity: 'error',
    };
  }
  return { message: error.message, hint: null, requestId, severity: 'error' };
}
