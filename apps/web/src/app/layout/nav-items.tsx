import type { Permission } from '@fleet/access';
import DnsOutlinedIcon from '@mui/icons-material/DnsOutlined';
import HistoryIcon from '@mui/icons-material/History';
import MonitorHeartOutlinedIcon from '@mui/icons-material/MonitorHeartOutlined';
import TimelineIcon from '@mui/icons-material/Timeline';
import type { ReactNode } from 'react';

export interface NavItem {
  label: string;
  /** Route the item opens; it stays selected on every route below it. */
  to: string;
  icon: ReactNode;
  /** Shown only to those who hold it (the API refuses the rest anyway). */
  permission?: Permission;
}

/** The console's sections. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Instances', to: '/instances', icon: <DnsOutlinedIcon /> },
  { label: 'Audit', to: '/audit', icon: <HistoryIcon /> },
  { label: 'Traces', to: '/traces', icon: <TimelineIcon />, permission: 'traces:read' },
  {
    label: 'Service health',
    to: '/health',
    icon: <MonitorHeartOutlinedIcon />,
    permission: 'health:read',
  },
];
