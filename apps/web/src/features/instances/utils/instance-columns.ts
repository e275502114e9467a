import type { InstanceSortKey } from './instance-sort';

export interface InstanceColumn {
  id:
    | 'name'
    | 'id'
    | 'state'
    | 'cpu'
    | 'type'
    | 'region'
    | 'availabilityZone'
    | 'privateIp'
    | 'publicIp'
    | 'launchTime'
    | 'team'
    | 'environment';
  label: string;
  /** Present when the API can sort by this column. */
  sortKey?: InstanceSortKey;
}

/** Column order of the instance table; the head and each row follow it. */
export const INSTANCE_COLUMNS: readonly InstanceColumn[] = [
  { id: 'name', label: 'Name', sortKey: 'name' },
  { id: 'id', label: 'Instance id' },
  { id: 'state', label: 'State', sortKey: 'state' },
  { id: 'cpu', label: 'CPU (24 h)' },
  { id: 'type', label: 'Type', sortKey: 'type' },
  { id: 'region', label: 'Region', sortKey: 'region' },
  { id: 'availabilityZone', label: 'AZ' },
  { id: 'privateIp', label: 'Private IP' },
  { id: 'publicIp', label: 'Public IP' },
  { id: 'launchTime', label: 'Launched', sortKey: 'launchTime' },
  { id: 'team', label: 'Team' },
  { id: 'environment', label: 'Environment' },
];
