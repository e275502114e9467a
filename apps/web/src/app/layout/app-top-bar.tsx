import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { lazyNamed } from '../../lib/lazy-named';
import { Suspense, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Pill } from '../../components/pill';
import { VisuallyHidden } from '../../components/visually-hidden';

// The theme and account buttons (with MUI's Button and its loading spinner: ≈ 6 KB gzip) arrive
// just after the page's own code, together, at the bar's right end: nothing else moves.
// The phone's menu button (hidden from md up): its place is kept, so the title does not move.
const NavigationButton = lazyNamed(() => import('./navigation-button'), 'NavigationButton');
const ColorModeToggle = lazyNamed(() => import('../../theme/color-mode-toggle'), 'ColorModeToggle');
const UserMenu = lazyNamed(() => import('../../features/auth/user-menu'), 'UserMenu');

export interface AppTopBarProps {
  stage: string;
  onOpenNavigation: () => void;
}

export function AppTopBar({ stage, onOpenNavigation }: AppTopBarProps): ReactNode {
  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      {/* The bar lies over the page: what the keyboard focuses (a row of the list, reached with
          the arrow keys or Shift+Tab) is scrolled into view below it (64 px at most), not under it. */}
      <GlobalStyles styles={{ html: { scrollPaddingTop: 72 } }} />
      <Toolbar>
        {/* The button's footprint: 40 px, 12 px of it pulled into the bar's padding (edge="start"). */}
        <Suspense fallback={<Box sx={{ width: 28, height: 40, mr: 1, display: { md: 'none' } }} />}>
          <NavigationButton onClick={onOpenNavigation} />
        </Suspense>
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
        <Suspense fallback={null}>
          <ColorModeToggle />
          <UserMenu />
        </Suspense>
      </Toolbar>
    </AppBar>
  );
}
