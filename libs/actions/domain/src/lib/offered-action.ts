import type { InstanceAction } from '@fleet/contract';
import type { InstanceSnapshot, ProtectionState } from './instance-snapshot';
import { preconditionOf, type Verdict } from './precondition';

/** What a console needs of an instance to decide its menu: no hibernation, no options. */
export type MenuInstance = Pick<InstanceSnapshot, 'region' | 'id' | 'state' | 'tags'>;

/**
 * Whether a console should offer `action` on an instance as it is now, decided by the very rule
 * the API applies before acting (`preconditionOf`), so a menu never offers what the API would
 * answer "unchanged" or refuse for its state. Protection flags count when the caller knows them
 * (the instance page reads them); a list row passes none and the API still refuses at run time.
 *
 * @example
 * offeredAction('start', { region: 'eu-west-1', id: 'i-1', state: 'running', tags: {} });
 * // { kind: 'unchanged', message: 'i-1 is already running.' }
 */
export function offeredAction(
  action: InstanceAction,
  instance: MenuInstance,
  protection: ProtectionState = {},
): Verdict {
  // Options are chosen in the confirmation (force, hibernate): the menu asks about the plain action.
  return preconditionOf(action, { ...instance, hibernationConfigured: true }, {}, protection);
}
