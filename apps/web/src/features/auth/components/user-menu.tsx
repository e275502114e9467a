import AccountCircleOutlinedIcon from '@mui/icons-material/AccountCircleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useId, type ReactNode } from 'react';
import { Pill } from '../../../components/pill';
import { VisuallyHidden } from '../../../components/visually-hidden';
import { WhenOpen } from '../../../components/when-open';
import { useMenuAnchor } from '../../../hooks/use-menu-anchor';
import { useAuth } from '../hooks/use-auth';
import { roleLabel } from '../utils/permission-check';
import { lazyNamed } from '../../../lib/lazy-named';

// The open menu (MenuList, Popover, Modal) is fetched on first click.
const UserMenuList = lazyNamed(() => import('./user-menu-list'), 'UserMenuList');

/** Who is signed in (email, role, teams), with "Sign out"; for the app bar. */
export function UserMenu(): ReactNode {
  const { principal } = useAuth();
  const menuId = useId();
  const menu = useMenuAnchor(menuId);
  if (!principal) return null;
  const role = roleLabel(principal) ?? 'no role';

  return (
    <>
      <Button
        color="inherit"
        {...menu.triggerProps}
        startIcon={<AccountCircleOutlinedIcon />}
        sx={{ ml: 1, textTransform: 'none', gap: 1 }}
      >
        {/* Named by its visible text (WCAG 2.5.3), with what it is said first. */}
        <VisuallyHidden>Account: </VisuallyHidden>
        <Box
          component="span"
          data-testid="user-email"
          sx={{
            display: { xs: 'none', sm: 'inline' },
            maxWidth: 240,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {principal.email}
        </Box>
        <Pill color="inherit" variant="outlined" data-testid="user-role">
          {role}
        </Pill>
      </Button>
      <WhenOpen value={menu.open}>
        {(open) => <UserMenuList {...open} id={menuId} principal={principal} role={role} />}
      </WhenOpen>
    </>
  );
}
