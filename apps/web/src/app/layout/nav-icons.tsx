import DnsOutlinedIcon from '@mui/icons-material/DnsOutlined';
import HistoryIcon from '@mui/icons-material/History';
import MonitorHeartOutlinedIcon from '@mui/icons-material/MonitorHeartOutlined';
import TimelineIcon from '@mui/icons-material/Timeline';
import type { ReactNode } from 'react';
import type { NavItem } from './nav-items';

/** The sections' icons, in the navigation's own (lazy) chunk. */
export const NAV_ICONS: Readonly<Record<NavItem['icon'], ReactNode>> = {
  instances: <DnsOutlinedIcon />,
  audit: <HistoryIcon />,
  traces: <TimelineIcon />,
  health: <MonitorHeartOutlinedIcon />,
};
