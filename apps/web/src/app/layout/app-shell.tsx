import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Toolbar from '@mui/material/Toolbar';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import { PageOutlet } from '../router';
import { AppTopBar } from './app-top-bar';
import { can } from '@fleet/access';
import { useAuth } from '../../features/auth';
import { NAV_ITEMS } from './nav-items';
import { RouteDataPrefetch } from './route-data-prefetch';
import { SessionQueryProvider } from './session-query-provider';
import { lazyNamed } from '../../lib/lazy-named';

const DRAWER_WIDTH = 220;
// The phone's slide-in drawer (Modal, transitions) is fetched the first time it opens.
const Drawer = lazy(() => import('@mui/material/Drawer'));
// The section links (List, ListItemButton, icons: ≈ 5 KB gzip) arrive just after the page's own
// code: the routed page draws first, in a column the links do not resize.
const AppNavigation = lazyNamed(() => import('./app-navigation'), 'AppNavigation');

/**
 * The routed page, keyed by path: leaving a broken page clears the error. The one part of the
 * shell that reads the location, so a new search or page of the list (a URL change) redraws the
 * page, not the app bar and navigation around it.
 */
function RoutedPage(): ReactNode {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname}>
      <PageOutlet />
    </ErrorBoundary>
  );
}

/** App bar, section navigation and the routed page. */
export function AppShell(): ReactNode {
  const { stage } = useRuntimeConfig();
  const [mobileOpen, setMobileOpen] = useState(false);
  const [mobileUsed, setMobileUsed] = useState(false);
  const { principal } = useAuth();
  const items = NAV_ITEMS.filter(
    (item) => !item.permission || (principal !== null && can(principal, item.permission)),
  );
  const navigation = (
    <Suspense fallback={null}>
      <AppNavigation items={items} onNavigate={() => setMobileOpen(false)} />
    </Suspense>
  );

  return (
    <SessionQueryProvider>
      <RouteDataPrefetch />
      <Box sx={{ display: 'flex', minHeight: '100vh' }}>
        <AppTopBar
          stage={stage}
          onOpenNavigation={() => {
            setMobileUsed(true);
            setMobileOpen(true);
          }}
        />
        {mobileUsed ? (
          <Suspense fallback={null}>
            <Drawer
              variant="temporary"
              open={mobileOpen}
              onClose={() => setMobileOpen(false)}
              sx={{
                display: { xs: 'block', md: 'none' },
                '& .MuiDrawer-paper': { width: DRAWER_WIDTH },
              }}
            >
              <Toolbar />
              {navigation}
            </Drawer>
          </Suspense>
        ) : null}
        {/* What a permanent MUI Drawer draws, without the Modal machinery it imports. */}
        <Box sx={{ display: { xs: 'none', md: 'block' }, width: DRAWER_WIDTH, flexShrink: 0 }}>
          <Paper
            square
            elevation={0}
            sx={{
              position: 'fixed',
              top: 0,
              bottom: 0,
              width: DRAWER_WIDTH,
              borderRight: 1,
              borderColor: 'divider',
              overflowY: 'auto',
            }}
          >
            <Toolbar />
            {navigation}
          </Paper>
        </Box>
        <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 } }}>
          <Toolbar />
          <RoutedPage />
        </Box>
      </Box>
    </SessionQueryProvider>
  );
}
