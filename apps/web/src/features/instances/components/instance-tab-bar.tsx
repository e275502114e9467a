import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { ReactNode } from 'react';
import { INSTANCE_TABS, TAB_BAR_SX, type InstanceTab } from '../utils/instance-tab';

export interface InstanceTabBarProps {
  value: InstanceTab;
  onChange: (tab: InstanceTab) => void;
}

/** The instance page's tabs, each naming the panel it shows (`instance-tabpanel-<tab>`). */
export function InstanceTabBar({ value, onChange }: InstanceTabBarProps): ReactNode {
  return (
    <Tabs
      value={value}
      onChange={(_, next: InstanceTab) => onChange(next)}
      aria-label="Instance sections"
      sx={TAB_BAR_SX}
    >
      {INSTANCE_TABS.map((tab) => (
        <Tab
          key={tab.value}
          value={tab.value}
          label={tab.label}
          id={`instance-tab-${tab.value}`}
          aria-controls={`instance-tabpanel-${tab.value}`}
        />
      ))}
    </Tabs>
  );
}
