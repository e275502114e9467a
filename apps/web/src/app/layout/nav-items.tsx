import DnsOutlinedIcon from '@mui/icons-material/DnsOutlined';
import type { ReactNode } from 'react';

export interface NavItem {
  label: string;
  /** Route the item opens; it stays selected on every route below it. */
  to: string;
  icon: ReactNode;
}

/** The console's sections. "Audit" joins here when its feature lands. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Instances', to: '/instances', icon: <DnsOutlinedIcon /> },
];
