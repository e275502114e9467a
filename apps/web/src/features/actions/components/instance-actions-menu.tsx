import MoreVertIcon from '@mui/icons-material/MoreVert';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import { PlainIconButton } from '../../../components/plain-icon-button';
import { WhenOpen } from '../../../components/when-open';
import { useMenuAnchor } from '../../../hooks/use-menu-anchor';
import { knownFlags, type ActionTarget, type MenuAction } from '../utils/action-target';
import { lazyNamed } from '../../../lib/lazy-named';

// The open menu is fetched on first click, the dialog when an action is chosen.
const InstanceActionsMenuList = lazyNamed(
  () => import('./instance-actions-menu-list'),
  'InstanceActionsMenuList',
);
const ActionDialog = lazyNamed(() => import('./action-dialog'), 'ActionDialog');

// Material's MoreVert icon, drawn by the row's light button (a list page has 50 of them).
const MORE_VERT_PATH =
  'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2';

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
  const menu = useMenuAnchor();
  const [action, setAction] = useState<MenuAction | null>(null);
  const label = `Actions for ${target.name ?? target.id}`;

  return (
    // The menu and dialog are portals, yet React bubbles their clicks through here: a table row
    // must not read a click in them (or on their backdrops) as "open this instance".
    // A plain span (not Box): a list page draws 50 of these.
    <span onClick={(event) => event.stopPropagation()}>
      {variant === 'icon' ? (
        <PlainIconButton
          icon={MORE_VERT_PATH}
          aria-label={label}
          {...menu.triggerProps}
          data-testid="instance-actions"
        />
      ) : (
        <Button
          variant="outlined"
          aria-label={label}
          endIcon={<MoreVertIcon />}
          {...menu.triggerProps}
          data-testid="instance-actions"
        >
          Actions
        </Button>
      )}
      <WhenOpen value={menu.open}>
        {(open) => (
          <InstanceActionsMenuList
            {...open}
            target={target}
            protection={knownFlags(target.protection)}
            onChoose={(item) => {
              menu.close();
              setAction(item);
            }}
          />
        )}
      </WhenOpen>
      <WhenOpen value={action}>
        {(chosen) => (
          <ActionDialog
            action={chosen}
            targets={[target]}
            onClose={() => setAction(null)}
            {...(onActed ? { onActed } : {})}
          />
        )}
      </WhenOpen>
    </span>
  );
}
