import DnsOutlinedIcon from '@mui/icons-material/DnsOutlined';
import HistoryIcon from '@mui/icons-material/History';
import type { ReactNode } from 'react';

export interface NavItem {
  label: string;
  /** Route the item opens; it stays selected on every route below it. */
  to: string;
  icon: ReactNode;
}

/** The console's sections. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Instances', to: '/instances', icon: <DnsOutlinedIcon /> },
  { label: 'Audit', to: '/audit', icon: <HistoryIcon /> },
];
