import type { ActionResult, ApiError, RefusalReason } from '@fleet/contract';

const CODES: Record<RefusalReason, string> = {
  'wrong-state': 'IncorrectInstanceState',
  protected: 'InstanceProtected',
  'hibernation-not-configured': 'HibernationNotConfigured',
  'out-of-scope': 'InstanceNotFound',
  'not-found': 'InstanceNotFound',
};

/**
 * The `409` body of a refused single-instance request: a stable code per refusal reason.
 *
 * @example
 * refusalAnswer(result, { requestId: 'req-1', traceId: '1-…' }); // { code: 'InstanceProtected', message: '…', requestId: 'req-1', traceId: '1-…' }
 */
export function refusalAnswer(
  result: ActionResult,
  ids: { readonly requestId: string; readonly traceId: string },
): ApiError {
  return {
    code: CODES[result.refusal ?? 'wrong-state'],
    message: result.message,
    requestId: ids.requestId,
    traceId: ids.traceId,
  };
}
