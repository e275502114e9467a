import type { Principal } from '@fleet/access';
import LogoutIcon from '@mui/icons-material/Logout';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { OpenMenuProps } from '../../../hooks/use-menu-anchor';
import { useAuthContext } from '../hooks/use-auth';

export interface UserMenuListProps extends OpenMenuProps {
  id: string;
  principal: Principal;
  /** As the menu's button shows it. */
  role: string;
}

function teamsOf(principal: Principal): string {
  if (principal.roles.includes('admins')) return 'all teams';
  return principal.teams.length > 0 ? principal.teams.join(', ') : 'no team';
}

/** The open account menu: who is signed in, and "Sign out". */
export function UserMenuList({
  id,
  anchor,
  onClose,
  principal,
  role,
}: UserMenuListProps): ReactNode {
  const { store } = useAuthContext();
  function signOut(): void {
    onClose();
    // The route guard sees the session gone and opens the sign-in page.
    void store.signOut();
  }
  return (
    <Menu
      id={id}
      anchorEl={anchor}
      open
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
    >
      <Box sx={{ px: 2, py: 1, maxWidth: 320 }}>
        <Typography variant="subtitle2" sx={{ overflowWrap: 'anywhere' }}>
          {principal.email}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Role: {role}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="user-teams">
          Teams: {teamsOf(principal)}
        </Typography>
      </Box>
      <Divider />
      <MenuItem onClick={signOut}>
        <ListItemIcon>
          <LogoutIcon fontSize="small" />
        </ListItemIcon>
        Sign out
      </MenuItem>
    </Menu>
  );
}
