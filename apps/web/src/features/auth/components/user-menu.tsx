import AccountCircleOutlinedIcon from '@mui/icons-material/AccountCircleOutlined';
import LogoutIcon from '@mui/icons-material/Logout';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { useAuth, useAuthContext } from '../hooks/use-auth';
import { roleLabel } from '../utils/permission-check';

/** Who is signed in (email, role, teams), with "Sign out"; for the app bar. */
export function UserMenu(): ReactNode {
  const { principal } = useAuth();
  const { store } = useAuthContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  if (!principal) return null;
  const role = roleLabel(principal) ?? 'no role';
  const teams = principal.roles.includes('admins')
    ? 'all teams'
    : principal.teams.length > 0
      ? principal.teams.join(', ')
      : 'no team';

  return (
    <>
      <Button
        color="inherit"
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={`Account: ${principal.email}, ${role}`}
        startIcon={<AccountCircleOutlinedIcon />}
        sx={{ ml: 1, textTransform: 'none', gap: 1 }}
      >
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
        <Chip
          component="span"
          size="small"
          variant="outlined"
          label={role}
          data-testid="user-role"
          sx={{ color: 'inherit', borderColor: 'currentColor' }}
        />
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
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
            Teams: {teams}
          </Typography>
        </Box>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            // The route guard sees the session gone and opens the sign-in page.
            void store.signOut();
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          Sign out
        </MenuItem>
      </Menu>
    </>
  );
}
