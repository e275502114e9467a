/** Tabs of the instance page. */
export type InstanceTab = 'overview' | 'monitoring' | 'activity';

export const INSTANCE_TABS: readonly { value: InstanceTab; label: string }[] = [
  { value: 'overview', label: 'Overview' },
  { value: 'monitoring', label: 'Monitoring' },
  { value: 'activity', label: 'Activity' },
];

/** The tab a `?tab=` value names; the first tab for none or an unknown one. */
export function parseInstanceTab(value: string | null): InstanceTab {
  return INSTANCE_TABS.find((tab) => tab.value === value)?.value ?? 'overview';
}

/** The tab bar's line under the tabs, and its margin: the bar's and its placeholder's. */
export const TAB_BAR_SX = { borderBottom: 1, borderColor: 'divider', mb: 2 } as const;
