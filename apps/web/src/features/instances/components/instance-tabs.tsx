import Box from '@mui/material/Box';
import { Suspense, type ReactNode } from 'react';
import { lazyNamed } from '../../../lib/lazy-named';
import { TAB_BAR_SX, type InstanceTab } from '../utils/instance-tab';

// MUI's Tabs (ButtonBase, its ripple, roving focus: ≈ 11 KB gzip) draw a moment after the
// instance's details, in a bar of their height, so the panel does not move when they arrive.
const InstanceTabBar = lazyNamed(() => import('./instance-tab-bar'), 'InstanceTabBar');

export interface InstanceTabsProps {
  value: InstanceTab;
  onChange: (tab: InstanceTab) => void;
  children: ReactNode;
}

/** The instance page's tabs over the chosen tab's panel. */
export function InstanceTabs({ value, onChange, children }: InstanceTabsProps): ReactNode {
  return (
    <Box>
      <Suspense fallback={<Box sx={{ ...TAB_BAR_SX, height: 48 }} />}>
        <InstanceTabBar value={value} onChange={onChange} />
      </Suspense>
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
