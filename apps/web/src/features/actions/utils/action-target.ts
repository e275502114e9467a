import type { InstanceProtection, InstanceState } from '@fleet/contract';

/** What the actions feature needs to know of an instance; the page maps its rows to these. */
export interface ActionTarget {
  region: string;
  id: string;
  name: string | null;
  state: InstanceState;
  tags: Readonly<Record<string, string>>;
  /** Known on the instance page (DescribeInstanceAttribute); list rows don't carry it. */
  protection?: InstanceProtection;
}

/** The actions a menu or toolbar offers; `protect` has its own switches. */
export type MenuAction = 'start' | 'stop' | 'reboot' | 'terminate';

export const MENU_ACTIONS: readonly MenuAction[] = ['start', 'stop', 'reboot', 'terminate'];

export const ACTION_LABELS: Record<MenuAction, string> = {
  start: 'Start',
  stop: 'Stop',
  reboot: 'Reboot',
  terminate: 'Terminate',
};

/** The permission each action needs, as `@fleet/access` names it. */
export const ACTION_PERMISSIONS = {
  start: 'instances:start',
  stop: 'instances:stop',
  reboot: 'instances:reboot',
  terminate: 'instances:terminate',
} as const satisfies Record<MenuAction, string>;

/**
 * The protection flag that would make the API refuse `action` on these targets, with the names
 * of the protected ones; `null` when none is known to be set (list rows don't know theirs).
 *
 * @example
 * protectionWarning('terminate', [{ …, protection: { disableApiTermination: true, disableApiStop: false } }]);
 * // 'Termination protection is on for web-1: …'
 */
export function protectionWarning(
  action: MenuAction,
  targets: readonly ActionTarget[],
): string | null {
  const flag =
    action === 'terminate' ? 'disableApiTermination' : action === 'stop' ? 'disableApiStop' : null;
  if (!flag) return null;
  const names = targets
    .filter((target) => target.protection?.[flag] === true)
    .map((target) => target.name ?? target.id);
  if (names.length === 0) return null;
  const what = flag === 'disableApiTermination' ? 'Termination' : 'Stop';
  return `${what} protection is on for ${names.join(', ')}: the API will refuse to ${action} ${names.length === 1 ? 'it' : 'them'} until an admin turns it off.`;
}

/**
 * The protection flags that were read, for the shared action rule (an unread flag is left out:
 * the API still checks it at run time).
 *
 * @example
 * knownFlags({ disableApiTermination: true, disableApiStop: null }); // { disableApiTermination: true }
 */
export function knownFlags(
  protection: InstanceProtection | undefined,
): Partial<Record<keyof InstanceProtection, boolean>> {
  const known: Partial<Record<keyof InstanceProtection, boolean>> = {};
  for (const flag of ['disableApiTermination', 'disableApiStop'] as const) {
    const value = protection?.[flag];
    if (typeof value === 'boolean') known[flag] = value;
  }
  return known;
}
