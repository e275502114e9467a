import { deniedEntries } from '@fleet/actions-domain';
import type { AuditWriter } from '@fleet/audit-dynamodb';
import type { InstanceAction } from '@fleet/contract';
import { traceIdOf, type ForbiddenHook } from '@fleet/lambda-kit';
import { requestContextOf } from './request-context';

// The role is checked before the body is parsed, so the body is still the raw text: whatever
// parses is kept (the instances it names), anything else leaves a record naming no instance.
function bodyOf(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The kit's `onForbidden` hook for an action: puts the refused attempt on the record as
 * `denied`, awaited before the `403` goes out.
 *
 * @example
 * const onForbidden = deniedAttemptRecorder('terminate', audit);
 */
export function deniedAttemptRecorder(action: InstanceAction, writer: AuditWriter): ForbiddenHook {
  return async (principal, event) => {
    const requestId = event.requestContext?.requestId ?? 'unknown';
    await writer.recordFinal(
      deniedEntries(
        action,
        bodyOf(event.body),
        requestContextOf(principal, event, { requestId, traceId: traceIdOf(requestId) }),
      ),
    );
  };
}
