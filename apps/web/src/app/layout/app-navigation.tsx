import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { NAV_ICONS } from './nav-icons';
import type { NavItem } from './nav-items';

export interface AppNavigationProps {
  items: readonly NavItem[];
  /** Lets the mobile drawer close once a section is chosen. */
  onNavigate?: () => void;
}

export function AppNavigation({ items, onNavigate }: AppNavigationProps): ReactNode {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Sections">
      <List sx={{ px: 1 }}>
        {items.map((item) => {
          const selected = pathname === item.to || pathname.startsWith(`${item.to}/`);
          return (
            <ListItem key={item.to} disablePadding>
              <ListItemButton
                component={NavLink}
                to={item.to}
                selected={selected}
                aria-current={selected ? 'page' : undefined}
                onClick={onNavigate}
              >
                <ListItemIcon sx={{ minWidth: 36, color: 'inherit' }}>
                  {NAV_ICONS[item.icon]}
                </ListItemIcon>
                <ListItemText primary={item.label} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </nav>
  );
}
