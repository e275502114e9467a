import type { InstanceAction } from '@fleet/contract';
import type { InstanceSnapshot } from './instance-snapshot';

/** The tag that marks production instances, and its value. */
export const ENVIRONMENT_TAG = 'Environment';
export const PRODUCTION = 'production';

/**
 * Why a reason is required and missing, or `undefined` when the request may proceed: every
 * terminate needs one, and so does any action on an instance tagged `Environment=production`.
 * Only instances the caller may act on count, so the answer reveals nothing about the others.
 *
 * @example
 * missingReason('stop', [prodInstance], undefined); // 'A reason is required to act on production instances (i-…).'
 */
export function missingReason(
  action: InstanceAction,
  inScope: readonly InstanceSnapshot[],
  reason: string | undefined,
): string | undefined {
  if (reason !== undefined && reason.trim().length > 0) return undefined;
  if (action === 'terminate') return 'A reason is required to terminate instances.';
  const production = inScope.filter((snapshot) => snapshot.tags[ENVIRONMENT_TAG] === PRODUCTION);
  if (production.length === 0) return undefined;
  return `A reason is required to act on production instances (${production.map((s) => s.id).join(', ')}).`;
}
