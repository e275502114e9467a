import { deniedEntries } from '@fleet/actions-domain';
import type { InstanceAction } from '@fleet/contract';
import type { ForbiddenHook } from '@fleet/lambda-kit';
import type { AuditWriter } from './audit-writer';
import { requestContextOf } from './request-context';

/**
 * The kit's `onForbidden` hook for an action: puts the refused attempt on the record as
 * `denied`, awaited before the `403` goes out.
 *
 * @example
 * const spec = { permission: 'instances:terminate', onForbidden: deniedAttemptRecorder('terminate', audit), … } as const;
 */
export function deniedAttemptRecorder(action: InstanceAction, writer: AuditWriter): ForbiddenHook {
  return async (principal, event) => {
    const requestId = event.requestContext?.requestId ?? 'unknown';
    await writer.recordFinal(
      deniedEntries(action, event.body, requestContextOf(principal, event, requestId)),
    );
  };
}
