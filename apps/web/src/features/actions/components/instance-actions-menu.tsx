import MoreVertIcon from '@mui/icons-material/MoreVert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState, type ReactNode } from 'react';
import { PermittedAction } from '../../auth';
import {
  ACTION_LABELS,
  ACTION_PERMISSIONS,
  MENU_ACTIONS,
  type ActionTarget,
  type MenuAction,
} from '../utils/action-target';
import { ActionDialog } from './action-dialog';

export interface InstanceActionsMenuProps {
  target: ActionTarget;
  onActed?: () => void;
  /** `icon` in table rows, a labelled button on the instance page. */
  variant?: 'icon' | 'button';
}

/** Start, stop, reboot and terminate for one instance, each behind a confirmation. */
export function InstanceActionsMenu({
  target,
  onActed,
  variant = 'icon',
}: InstanceActionsMenuProps): ReactNode {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [action, setAction] = useState<MenuAction | null>(null);
  const label = `Actions for ${target.name ?? target.id}`;
  const terminated = target.state === 'terminated';

  return (
    // The menu and dialog are portals, yet React bubbles their clicks through here: a table row
    // must not read a click in them (or on their backdrops) as "open this instance".
    <Box component="span" onClick={(event) => event.stopPropagation()}>
      {variant === 'icon' ? (
        <IconButton
          size="small"
          aria-label={label}
          aria-haspopup="menu"
          onClick={(event) => setAnchor(event.currentTarget)}
          data-testid="instance-actions"
        >
          <MoreVertIcon fontSize="small" />
        </IconButton>
      ) : (
        <Button
          variant="outlined"
          aria-label={label}
          aria-haspopup="menu"
          endIcon={<MoreVertIcon />}
          onClick={(event) => setAnchor(event.currentTarget)}
          data-testid="instance-actions"
        >
          Actions
        </Button>
      )}
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {MENU_ACTIONS.map((item) => (
          <PermittedAction key={item} permission={ACTION_PERMISSIONS[item]}>
            {({ disabled }) => (
              <MenuItem
                disabled={disabled || terminated}
                data-testid={`action-${item}`}
                onClick={() => {
                  setAnchor(null);
                  setAction(item);
                }}
              >
                {ACTION_LABELS[item]}…
              </MenuItem>
            )}
          </PermittedAction>
        ))}
      </Menu>
      {action ? (
        <ActionDialog
          action={action}
          targets={[target]}
          onClose={() => setAction(null)}
          {...(onActed ? { onActed } : {})}
        />
      ) : null}
    </Box>
  );
}
