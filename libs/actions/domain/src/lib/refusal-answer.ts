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
 * refusalAnswer(result, 'req-1'); // { code: 'InstanceProtected', message: 'i-… has disableApiStop set: …', requestId: 'req-1' }
 */
export function refusalAnswer(result: ActionResult, requestId: string): ApiError {
  return { code: CODES[result.refusal ?? 'wrong-state'], message: result.message, requestId };
}
