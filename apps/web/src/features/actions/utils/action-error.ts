import { ApiRequestError } from '../../../lib/api-client';
import { describeApiError, type ApiErrorDescription } from '../../../lib/describe-api-error';

/**
 * An action request's failure in words: the API's own message for a refusal (409), with what the
 * person can do; 503 `AuditUnavailable` says plainly that nothing was done.
 *
 * @example
 * describeActionError(new ApiRequestError({ status: 503, code: 'AuditUnavailable', message: '…' })).title; // 'Nothing was done'
 */
export function describeActionError(error: unknown): ApiErrorDescription & { title: string } {
  const base = describeApiError(error);
  if (!(error instanceof ApiRequestError)) return { ...base, title: 'The action failed' };
  if (error.code === 'AuditUnavailable') {
    const wait = error.retryAfterSeconds ? `${error.retryAfterSeconds} seconds` : 'a moment';
    return {
      ...base,
      title: 'Nothing was done',
      message: error.message,
      hint: `The audit trail could not record the attempt, so the instance was not touched. Retry in ${wait}.`,
      severity: 'error',
    };
  }
  if (error.code === 'RequestInProgress') {
    return {
      ...base,
      title: 'Still running',
      hint: 'The same request is still being carried out; retry shortly to see its answer.',
      severity: 'warning',
    };
  }
  if (error.code === 'IdempotencyKeyReused') {
    return { ...base, title: 'Request changed', hint: 'Close the dialog and start again.' };
  }
  if (error.status === 409) {
    return { ...base, title: 'Refused', hint: refusalHint(error.code) };
  }
  if (error.status === 403) return { ...base, title: 'Not allowed' };
  if (error.code === 'ReasonRequired') return { ...base, title: 'A reason is required' };
  return { ...base, title: 'The action failed' };
}

function refusalHint(code: string): string | null {
  switch (code) {
    case 'IncorrectInstanceState':
      return 'The instance is not in a state that allows this action.';
    case 'InstanceProtected':
      return 'An admin must turn the protection flag off first.';
    case 'HibernationNotConfigured':
      return 'Stop it without hibernation instead.';
    case 'InstanceNotFound':
      return 'The instance does not exist, or it is not yours to act on.';
    default:
      return null;
  }
}
