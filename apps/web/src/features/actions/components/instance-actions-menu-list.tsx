import { offeredAction, type ProtectionState } from '@fleet/actions-domain';
import ListItemText from '@mui/material/ListItemText';
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
import type { OpenMenuProps } from '../../../hooks/use-menu-anchor';

export interface InstanceActionsMenuListProps extends OpenMenuProps {
  target: ActionTarget;
  /** The protection flags, when the page has read them (the instance page does). */
  protection?: ProtectionState;
  onChoose: (action: MenuAction) => void;
}

/** The open actions menu of one instance. */
export function InstanceActionsMenuList({
  anchor,
  target,
  protection,
  onChoose,
  onClose,
}: InstanceActionsMenuListProps): ReactNode {
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      {MENU_ACTIONS.map((item) => {
        // The API's own precondition: what it would answer "unchanged" or refuse is not offered.
        const verdict = offeredAction(item, target, protection);
        const why = verdict.kind === 'act' ? undefined : verdict.message;
        return (
          <PermittedAction key={item} permission={ACTION_PERMISSIONS[item]}>
            {({ disabled }) => (
              <MenuItem
                disabled={disabled || why !== undefined}
                data-testid={`action-${item}`}
                data-offered={why === undefined}
                onClick={() => onChoose(item)}
              >
                <ListItemText
                  primary={`${ACTION_LABELS[item]}…`}
                  secondary={why}
                  slotProps={{ secondary: { sx: { whiteSpace: 'normal', maxWidth: 260 } } }}
                />
              </MenuItem>
            )}
          </PermittedAction>
        );
      })}
    </Menu>
  );
}
