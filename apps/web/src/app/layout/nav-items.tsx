import type { Permission } from '@fleet/access';

export interface NavItem {
  label: string;
  /** Route the item opens; it stays selected on every route below it. */
  to: string;
  /** Which icon the navigation draws (`nav-icons.tsx`): the shell itself loads no icon. */
  icon: 'instances' | 'audit' | 'traces' | 'health';
  /** Shown only to those who hold it (the API refuses the rest anyway). */
  permission?: Permission;
}

/** The console's sections. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Instances', to: '/instances', icon: 'instances' },
  { label: 'Audit', to: '/audit', icon: 'audit' },
  { label: 'Traces', to: '/traces', icon: 'traces', permission: 'traces:read' },
  { label: 'Service health', to: '/health', icon: 'health', permission: 'health:read' },
];
