import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { ReactNode } from 'react';

/** Tabs of the instance page. */
export type InstanceTab = 'overview' | 'monitoring' | 'activity';

const TABS: readonly { value: InstanceTab; label: string }[] = [
  { value: 'overview', label: 'Overview' },
  { value: 'monitoring', label: 'Monitoring' },
  { value: 'activity', label: 'Activity' },
];

/** The tab a `?tab=` value names; the first tab for none or an unknown one. */
export function parseInstanceTab(value: string | null): InstanceTab {
  return TABS.find((tab) => tab.value === value)?.value ?? 'overview';
}

export interface InstanceTabsProps {
  value: InstanceTab;
  onChange: (tab: InstanceTab) => void;
  children: ReactNode;
}

export function InstanceTabs({ value, onChange, children }: InstanceTabsProps): ReactNode {
  return (
    <Box>
      <Tabs
        value={value}
        onChange={(_, next: InstanceTab) => onChange(next)}
        aria-label="Instance sections"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        {TABS.map((tab) => (
          <Tab
            key={tab.value}
            value={tab.value}
            label={tab.label}
            id={`instance-tab-${tab.value}`}
            aria-controls={`instance-tabpanel-${tab.value}`}
          />
        ))}
      </Tabs>
      <div
        role="tabpanel"
        id={`instance-tabpanel-${value}`}
        aria-labelledby={`instance-tab-${value}`}
      >
        {children}
      </div>
    </Box>
  );
}
