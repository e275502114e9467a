import type { InstanceAction, ProtectionFlag } from '@fleet/contract';

/** A tag edit: tags to add or overwrite, keys to remove (never both for one key). */
export interface TagEdit {
  readonly set: Readonly<Record<string, string>>;
  readonly remove: readonly string[];
}

/**
 * The options an action carries: stop's `force`/`hibernate`, protect's target flags, the tag
 * edit of `tag`/`tag-team`, the new type of `resize`.
 */
export interface ActionOptions {
  readonly force?: boolean;
  readonly hibernate?: boolean;
  readonly protection?: Partial<Record<ProtectionFlag, boolean>>;
  readonly tags?: TagEdit;
  readonly instanceType?: string;
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
 * Options as the audit record keeps them: only what was set. A tag edit is kept key by key
 * (`tag:<key>` with the new value, `untag:<key>: true`), a resize as `instanceType`.
 *
 * @example
 * auditOptionsOf({ force: true, hibernate: undefined }); // { force: true }
 * auditOptionsOf({ tags: { set: { Owner: 'ana' }, remove: ['Old'] } }); // { 'tag:Owner': 'ana', 'untag:Old': true }
 */
export function auditOptionsOf(options: ActionOptions): Record<string, boolean | string> | null {
  const entries = Object.entries({
    force: options.force,
    hibernate: options.hibernate,
    ...options.protection,
    ...Object.fromEntries(Object.entries(options.tags?.set ?? {}).map(([k, v]) => [`tag:${k}`, v])),
    ...Object.fromEntries((options.tags?.remove ?? []).map((key) => [`untag:${key}`, true])),
    instanceType: options.instanceType,
  }).filter(
    (entry): entry is [string, boolean | string] =>
      typeof entry[1] === 'boolean' || typeof entry[1] === 'string',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/**
 * Whether an instance's tags already read as the edit wants (every set tag at its value, every
 * removed key absent): then there is nothing to do.
 *
 * @example
 * tagsAlreadyApplied({ Owner: 'ana' }, { set: { Owner: 'ana' }, remove: ['Old'] }); // true
 */
export function tagsAlreadyApplied(tags: Readonly<Record<string, string>>, edit: TagEdit): boolean {
  return (
    Object.entries(edit.set).every(([key, value]) => tags[key] === value) &&
    edit.remove.every((key) => !Object.hasOwn(tags, key))
  );
}
