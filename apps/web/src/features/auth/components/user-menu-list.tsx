import LogoutIcon from '@mui/icons-material/Logout';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface UserMenuListProps {
  id: string;
  anchor: HTMLElement;
  email: string;
  role: string;
  teams: string;
  onClose: () => void;
  onSignOut: () => void;
}

/** The open account menu: who is signed in, and "Sign out". */
export function UserMenuList({
  id,
  anchor,
  email,
  role,
  teams,
  onClose,
  onSignOut,
}: UserMenuListProps): ReactNode {
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
          {email}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Role: {role}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="user-teams">
          Teams: {teams}
        </Typography>
      </Box>
      <Divider />
      <MenuItem onClick={onSignOut}>
        <ListItemIcon>
          <LogoutIcon fontSize="small" />
        </ListItemIcon>
        Sign out
      </MenuItem>
    </Menu>
  );
}
