import AccountCircleOutlinedIcon from '@mui/icons-material/AccountCircleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { Pill } from '../../../components/pill';
import { VisuallyHidden } from '../../../components/visually-hidden';
import { useAuth, useAuthContext } from '../hooks/use-auth';
import { roleLabel } from '../utils/permission-check';

// The open menu (MenuList, Popover, Modal) is fetched on first click.
const UserMenuList = lazy(async () => ({
  default: (await import('./user-menu-list')).UserMenuList,
}));

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
      {anchor ? (
        <Suspense fallback={null}>
          <UserMenuList
            id={menuId}
            anchor={anchor}
            email={principal.email}
            role={role}
            teams={teams}
            onClose={() => setAnchor(null)}
            onSignOut={() => {
              setAnchor(null);
              // The route guard sees the session gone and opens the sign-in page.
              void store.signOut();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
