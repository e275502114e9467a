// The instances feature's public entry point: the list page's and the instance page's parts. The
// filter bar has its own entry (filter-bar.ts): the list page loads it lazily.
// Actions, metrics and audit plug into their slots (`renderActions`, `renderCpu`, `actions`).
export { useInstance } from './api/get-instance';
export { useInstanceElsewhere } from './api/find-instance-elsewhere';
export { instanceKeys } from './api/list-instances';
export { BackToInstancesLink } from './components/back-to-instances-link';
export { InstanceDetailsSkeleton } from './components/instance-details-skeleton';
export { InstanceHeader, type InstanceHeaderProps } from './components/instance-header';
export { InstanceOverview, type InstanceOverviewProps } from './components/instance-overview';
export { InstanceTabs, type InstanceTabsProps } from './components/instance-tabs';
export { parseInstanceTab, type InstanceTab } from './utils/instance-tab';
export { InstancesFilterBarSkeleton } from './components/instances-filter-bar-skeleton';
export { InstancesListToolbarPlace } from './components/instances-list-toolbar-place';
export { ColumnChooser } from './components/column-chooser';
export { useFleetSummary, type FleetSummary } from './hooks/use-fleet-summary';
export { useColumnChoice, type ColumnChoice } from './hooks/use-column-choice';
export {
  InstancesPageHeader,
  type InstancesPageHeaderProps,
} from './components/instances-page-header';
export { InstancesTable, type InstancesTableProps } from './components/instances-table';
export { useInstanceList, type InstanceListState } from './hooks/use-instance-list';
export { hasActiveFilters } from './utils/instance-list-search';
export { instancePath, type InstanceLinkState } from './utils/instance-path';
