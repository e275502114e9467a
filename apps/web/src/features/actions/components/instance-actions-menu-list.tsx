import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { ReactNode } from 'react';
import { PermittedAction } from '../../auth';
import {
  ACTION_LABELS,
  ACTION_PERMISSIONS,
  MENU_ACTIONS,
  type ActionTarget,
  type MenuAction,
} from '../utils/action-target';

export interface InstanceActionsMenuListProps {
  anchor: HTMLElement;
  target: ActionTarget;
  onChoose: (action: MenuAction) => void;
  onClose: () => void;
}

/** The open actions menu of one instance. */
export function InstanceActionsMenuList({
  anchor,
  target,
  onChoose,
  onClose,
}: InstanceActionsMenuListProps): ReactNode {
  const terminated = target.state === 'terminated';
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      {MENU_ACTIONS.map((item) => (
        <PermittedAction key={item} permission={ACTION_PERMISSIONS[item]}>
          {({ disabled }) => (
            <MenuItem
              disabled={disabled || terminated}
              data-testid={`action-${item}`}
              onClick={() => onChoose(item)}
            >
              {ACTION_LABELS[item]}…
            </MenuItem>
          )}
        </PermittedAction>
      ))}
    </Menu>
  );
}
