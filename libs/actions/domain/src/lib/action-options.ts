import type { InstanceAction, ProtectionFlag } from '@fleet/contract';

/** The options an action carries: stop's `force`/`hibernate`, protect's target flags. */
export interface ActionOptions {
  readonly force?: boolean;
  readonly hibernate?: boolean;
  readonly protection?: Partial<Record<ProtectionFlag, boolean>>;
}

/**
 * The protection flags a `protect` request sets, with their wanted values (flags left out are
 * left alone).
 *
 * @example
 * wantedFlags({ protection: { disableApiStop: true, disableApiTermination: undefined } }); // [['disableApiStop', true]]
 */
export function wantedFlags(options: ActionOptions): [ProtectionFlag, boolean][] {
  return Object.entries(options.protection ?? {}).filter(
    (entry): entry is [ProtectionFlag, boolean] => typeof entry[1] === 'boolean',
  );
}

/**
 * The protection flags that decide whether `action` may proceed (or, for `protect`, whether it
 * changes anything): the only ones worth a DescribeInstanceAttribute call.
 *
 * @example
 * flagsToCheck('terminate', {}); // ['disableApiTermination']
 */
export function flagsToCheck(action: InstanceAction, options: ActionOptions): ProtectionFlag[] {
  switch (action) {
    case 'stop':
      return ['disableApiStop'];
    case 'terminate':
      return ['disableApiTermination'];
    case 'protect':
      return wantedFlags(options).map(([flag]) => flag);
    default:
      return [];
  }
}

/**
 * Options as the audit record keeps them: only what was set.
 *
 * @example
 * auditOptionsOf({ force: true, hibernate: undefined }); // { force: true }
 */
export function auditOptionsOf(options: ActionOptions): Record<string, boolean> | null {
  const entries = Object.entries({
    force: options.force,
    hibernate: options.hibernate,
    ...options.protection,
  }).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean');
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}
