import { teamScopeOf, type Principal } from '@fleet/access';
import CheckIcon from '@mui/icons-material/Check';
import LogoutIcon from '@mui/icons-material/Logout';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { OpenMenuProps } from '../../../hooks/use-menu-anchor';
import { chooseTimeZone, useTimeZoneChoice, type TimeZoneChoice } from '../../../lib/time-zone';
import { useAuthContext } from '../hooks/use-auth';

export interface UserMenuListProps extends OpenMenuProps {
  id: string;
  principal: Principal;
  /** As the menu's button shows it. */
  role: string;
}

// Whose instances the caller reads, as the API scopes them: SREs read every team's, and act on none.
function teamsOf(principal: Principal): string {
  const scope = teamScopeOf(principal);
  if (!scope) return principal.roles.includes('admins') ? 'all teams' : 'all teams, read only';
  return scope.length > 0 ? scope.join(', ') : 'no team';
}

const CLOCKS: readonly { choice: TimeZoneChoice; label: string }[] = [
  { choice: 'local', label: `Your zone (${Intl.DateTimeFormat().resolvedOptions().timeZone})` },
  { choice: 'utc', label: 'UTC' },
];

/**
 * The open account menu: who is signed in, which clock the console's times are on (the reader's
 * zone, or UTC as logs and colleagues elsewhere have them), and "Sign out".
 */
export function UserMenuList({
  id,
  anchor,
  onClose,
  principal,
  role,
}: UserMenuListProps): ReactNode {
  const { store } = useAuthContext();
  const clock = useTimeZoneChoice();
  function chooseClock(next: TimeZoneChoice): void {
    chooseTimeZone(next);
    onClose();
  }
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
      <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 2, pt: 0.5 }}>
        Times
      </Typography>
      {CLOCKS.map((item) => (
        <MenuItem
          key={item.choice}
          role="menuitemradio"
          aria-checked={clock === item.choice}
          onClick={() => chooseClock(item.choice)}
        >
          <ListItemIcon>
            {clock === item.choice ? <CheckIcon fontSize="small" /> : null}
          </ListItemIcon>
          <ListItemText>{item.label}</ListItemText>
        </MenuItem>
      ))}
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
