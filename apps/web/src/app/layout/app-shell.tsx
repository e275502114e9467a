import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import Toolbar from '@mui/material/Toolbar';
import { useState, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { useRuntimeConfig } from '../../config/runtime-config-context';
import { AppNavigation } from './app-navigation';
import { AppTopBar } from './app-top-bar';
import { NAV_ITEMS } from './nav-items';

const DRAWER_WIDTH = 220;

/** App bar, section navigation and the routed page. */
export function AppShell(): ReactNode {
  const { stage } = useRuntimeConfig();
  const { pathname } = useLocation();
  const [mobileOpen, setMobileOpen] = useState(false);
  const navigation = <AppNavigation items={NAV_ITEMS} onNavigate={() => setMobileOpen(false)} />;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppTopBar stage={stage} onOpenNavigation={() => setMobileOpen(true)} />
      <Drawer
        variant="temporary"
        open={mobileOpen}
        onClose={() => setMobileOpen(false)}
        sx={{ display: { xs: 'block', md: 'none' }, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}
      >
        <Toolbar />
        {navigation}
      </Drawer>
      <Drawer
        variant="permanent"
        sx={{
          display: { xs: 'none', md: 'block' },
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        {navigation}
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 } }}>
        <Toolbar />
        {/* Keyed by path: leaving a broken page clears the error. */}
        <ErrorBoundary key={pathname}>
          <Outlet />
        </ErrorBoundary>
      </Box>
    </Box>
  );
}
