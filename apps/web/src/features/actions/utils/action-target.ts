import type { InstanceState } from '@fleet/contract';

/** What the actions feature needs to know of an instance; the page maps its rows to these. */
export interface ActionTarget {
  region: string;
  id: string;
  name: string | null;
  state: InstanceState;
  tags: Readonly<Record<string, string>>;
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
