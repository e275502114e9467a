import MoreVertIcon from '@mui/icons-material/MoreVert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { knownFlags, type ActionTarget, type MenuAction } from '../utils/action-target';

// The open menu is fetched on first click, the dialog when an action is chosen.
const InstanceActionsMenuList = lazy(async () => ({
  default: (await import('./instance-actions-menu-list')).InstanceActionsMenuList,
}));
const ActionDialog = lazy(async () => ({
  default: (await import('./action-dialog')).ActionDialog,
}));

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
      {anchor ? (
        <Suspense fallback={null}>
          <InstanceActionsMenuList
            anchor={anchor}
            target={target}
            protection={knownFlags(target.protection)}
            onClose={() => setAnchor(null)}
            onChoose={(item) => {
              setAnchor(null);
              setAction(item);
            }}
          />
        </Suspense>
      ) : null}
      {action ? (
        <Suspense fallback={null}>
          <ActionDialog
            action={action}
            targets={[target]}
            onClose={() => setAction(null)}
            {...(onActed ? { onActed } : {})}
          />
        </Suspense>
      ) : null}
    </Box>
  );
}
