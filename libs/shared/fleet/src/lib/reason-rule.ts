import type { InstanceAction } from '@fleet/contract';

/** The tag that marks production instances, and its value (exact spelling). */
export const ENVIRONMENT_TAG = 'Environment';
export const PRODUCTION = 'production';

/** An instance as the reason rule reads it. */
export interface TaggedInstance {
  readonly id: string;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * Whether an instance is tagged `Environment=production`.
 *
 * @example
 * isProduction({ id: 'i-1', tags: { Environment: 'production' } }); // true
 */
export function isProduction(instance: Pick<TaggedInstance, 'tags'>): boolean {
  return instance.tags[ENVIRONMENT_TAG] === PRODUCTION;
}

/**
 * Why an action needs a reason, or `undefined` when a reason is optional: every terminate needs
 * one, and so does any action on an instance tagged `Environment=production`. The API checks it
 * against the instances the caller may act on; the dashboard asks for the reason before sending.
 *
 * @example
 * reasonRequirement('stop', [{ id: 'i-1', tags: { Environment: 'production' } }]); // 'A reason is required to act on production instances (i-1).'
 */
export function reasonRequirement(
  action: InstanceAction,
  instances: readonly TaggedInstance[],
): string | undefined {
  if (action === 'terminate') return 'A reason is required to terminate instances.';
  const production = instances.filter(isProduction);
  if (production.length === 0) return undefined;
  return `A reason is required to act on production instances (${production.map((i) => i.id).join(', ')}).`;
}

/**
 * {@link reasonRequirement} unless a reason was given (blank does not count).
 *
 * @example
 * missingReason('terminate', [], '  '); // 'A reason is required to terminate instances.'
 */
export function missingReason(
  action: InstanceAction,
  instances: readonly TaggedInstance[],
  reason: string | undefined,
): string | undefined {
  if (reason !== undefined && reason.trim().length > 0) return undefined;
  return reasonRequirement(action, instances);
}
