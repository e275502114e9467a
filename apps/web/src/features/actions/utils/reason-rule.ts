import type { InstanceAction } from '@fleet/contract';

/** The tag and value the API treats as production (exact spelling, as the API checks it). */
export const ENVIRONMENT_TAG = 'Environment';
export const PRODUCTION = 'production';

/** Whether an instance is tagged `Environment=production`. */
export function isProduction(target: { tags: Readonly<Record<string, string>> }): boolean {
  return target.tags[ENVIRONMENT_TAG] === PRODUCTION;
}

/**
 * Why the dialog asks for a reason, or `null` when it is optional: the API answers
 * `400 ReasonRequired` for terminate and for any action on production instances.
 *
 * @example
 * reasonRequirement('stop', [{ id: 'i-1', tags: { Environment: 'production' } }]); // 'A reason is required for production instances (i-1).'
 */
export function reasonRequirement(
  action: InstanceAction,
  targets: readonly { id: string; tags: Readonly<Record<string, string>> }[],
): string | null {
  if (action === 'terminate') return 'A reason is required to terminate instances.';
  const production = targets.filter(isProduction);
  if (production.length === 0) return null;
  return `A reason is required for production instances (${production.map((t) => t.id).join(', ')}).`;
}

/** The API's bounds on a reason: 1–500 characters once trimmed. */
export const MAX_REASON_LENGTH = 500;

/**
 * What is wrong with a reason as typed, or `null` when it can be sent.
 *
 * @example
 * reasonProblem('  ', true); // 'Give a reason.'
 */
export function reasonProblem(reason: string, required: boolean): string | null {
  const trimmed = reason.trim();
  if (required && trimmed.length === 0) return 'Give a reason.';
  if (trimmed.length > MAX_REASON_LENGTH) return `At most ${MAX_REASON_LENGTH} characters.`;
  return null;
}

/**
 * What a person must type to confirm a terminate: the instance's name (its id if unnamed), or for
 * several instances their number.
 *
 * @example
 * terminateConfirmation([{ id: 'i-1', name: 'web-1' }]); // 'web-1'
 */
export function terminateConfirmation(
  targets: readonly { id: string; name: string | null }[],
): string {
  const [only] = targets;
  if (targets.length === 1 && only) return only.name ?? only.id;
  return `terminate ${targets.length} instances`;
}
