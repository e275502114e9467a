import { ApiRequestError } from './api-client';

export interface ApiErrorDescription {
  message: string;
  /** What the person can do about it, when there is something. */
  hint: string | null;
  requestId: string | null;
  /** Throttling is AWS asking for patience, not a failure: shown as a warning. */
  severity: 'error' | 'warning';
}

function retryWait(error: ApiRequestError): string {
  return error.retryAfterSeconds ? `${error.retryAfterSeconds} seconds` : 'a few seconds';
}

/**
 * A 503 worded by its code (the API's error codes, `libs/lambda/kit` and the audit libs): each
 * outage is a different thing to the operator, and only throttling is "wait and it will pass".
 */
function describeUnavailable(
  error: ApiRequestError,
  requestId: string | null,
): ApiErrorDescription | null {
  if (error.code === 'Throttled') {
    return {
      message: `AWS is throttling requests right now. Wait ${retryWait(error)} and retry.`,
      // The API's own words stay visible: they say which call was throttled.
      hint: error.message || null,
      requestId,
      severity: 'warning',
    };
  }
  if (error.code === 'AwsUnavailable') {
    return {
      message: `AWS did not answer in time. Retry in ${retryWait(error)}.`,
      hint: 'If it persists, check the AWS Health Dashboard for the region.',
      requestId,
      severity: 'warning',
    };
  }
  if (error.code === 'AuditUnavailable') {
    return {
      message: 'The audit trail cannot be written right now, so nothing was done.',
      hint: 'Every change is recorded before it runs: retry once the audit store is back.',
      requestId,
      severity: 'error',
    };
  }
  if (error.code === 'RateLimited') {
    return {
      message: `Too many requests to the console right now. Wait ${retryWait(error)} and retry.`,
      hint: null,
      requestId,
      severity: 'warning',
    };
  }
  if (error.status === 503) {
    return {
      message: "The console's API is unavailable right now.",
      hint: error.message || `Retry in ${retryWait(error)}.`,
      requestId,
      severity: 'warning',
    };
  }
  return null;
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
  const unavailable = describeUnavailable(error, requestId);
  if (unavailable) return unavailable;
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
