import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { UserMenu } from '../../features/auth/user-menu';
import { ColorModeToggle } from '../../theme/color-mode-toggle';
import { Pill } from '../../components/pill';
import { VisuallyHidden } from '../../components/visually-hidden';

export interface AppTopBarProps {
  stage: string;
  onOpenNavigation: () => void;
}

export function AppTopBar({ stage, onOpenNavigation }: AppTopBarProps): ReactNode {
  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar>
        <IconButton
          color="inherit"
          edge="start"
          aria-label="Open navigation"
          onClick={onOpenNavigation}
          sx={{ mr: 1, display: { md: 'none' } }}
        >
          <MenuIcon />
        </IconButton>
        <Typography
          variant="h6"
          component={RouterLink}
          to="/"
          sx={{
            color: 'inherit',
            textDecoration: 'none',
            fontWeight: 700,
            whiteSpace: 'nowrap',
            fontSize: { xs: '1rem', sm: '1.25rem' },
          }}
        >
          Fleet Console
        </Typography>
        {/* Operators juggle stages: the one they act on must never be a guess. */}
        <Box component="span" sx={{ ml: 1.5 }}>
          <Pill color="inherit" variant="outlined" size="medium">
            <VisuallyHidden>Stage: </VisuallyHidden>
            {stage}
          </Pill>
        </Box>
        <Typography component="span" sx={{ flexGrow: 1 }} />
        <ColorModeToggle />
        <UserMenu />
      </Toolbar>
    </AppBar>
  );
}
