import type { InstanceSortKey } from './instance-sort';

export type InstanceColumnId =
  | 'name'
  | 'id'
  | 'state'
  | 'checks'
  | 'alarms'
  | 'cpu'
  | 'type'
  | 'region'
  | 'availabilityZone'
  | 'privateIp'
  | 'publicIp'
  | 'launchTime'
  | 'team'
  | 'environment';

export interface InstanceColumn {
  id: InstanceColumnId;
  label: string;
  /** Present when the API can sort by this column. */
  sortKey?: InstanceSortKey;
  /** Shown until the operator chooses otherwise; the default set fits 1440 px without scrolling. */
  shownByDefault: boolean;
}

/** Column order of the instance table; the head and each row follow it. */
export const INSTANCE_COLUMNS: readonly InstanceColumn[] = [
  { id: 'name', label: 'Name', sortKey: 'name', shownByDefault: true },
  { id: 'id', label: 'Instance id', shownByDefault: true },
  { id: 'state', label: 'State', sortKey: 'state', shownByDefault: true },
  // As the EC2 console's list: from DescribeInstanceStatus and DescribeAlarms (their own endpoint).
  { id: 'checks', label: 'Status checks', shownByDefault: true },
  { id: 'alarms', label: 'Alarms', shownByDefault: true },
  { id: 'cpu', label: 'CPU (24 h)', shownByDefault: true },
  { id: 'type', label: 'Type', sortKey: 'type', shownByDefault: true },
  // The AZ names its region ("eu-west-1b"): the region column is there for sorting by it.
  { id: 'region', label: 'Region', sortKey: 'region', shownByDefault: false },
  { id: 'availabilityZone', label: 'AZ', shownByDefault: true },
  // Not a default column of the EC2 console either; the instance page shows it.
  { id: 'privateIp', label: 'Private IP', shownByDefault: false },
  { id: 'publicIp', label: 'Public IP', shownByDefault: true },
  // Off by default since Status checks and Alarms joined (the EC2 console's order of need): the set
  // still fits 1440 px; sorting by launch time shows the column.
  { id: 'launchTime', label: 'Launched', sortKey: 'launchTime', shownByDefault: false },
  // Off by default as well: a team-scoped operator sees one team anyway; the Team filter remains.
  { id: 'team', label: 'Team', shownByDefault: false },
  { id: 'environment', label: 'Environment', shownByDefault: false },
];

/** Name opens the instance and stays pinned: it can't be hidden. */
export const ALWAYS_SHOWN: InstanceColumnId = 'name';

const KNOWN = new Set<string>(INSTANCE_COLUMNS.map((column) => column.id));

/** An operator's column choice as this browser keeps it. */
export interface ColumnChoiceRecord {
  /** The columns chosen to show. */
  readonly shown: readonly string[];
  /** Every column the table had when the choice was made: a column added since follows its default. */
  readonly known: readonly string[];
}

/** Every column id, to record with a choice as `known`. */
export const COLUMN_IDS: readonly InstanceColumnId[] = INSTANCE_COLUMNS.map((column) => column.id);

/**
 * The columns to draw, in table order, from the operator's choice — or the defaults when there
 * is none. Unknown ids (a removed column) are ignored; a column added after the choice was made
 * shows if it shows by default, so a new column reaches operators who chose before it existed;
 * Name is always there.
 *
 * @example
 * shownColumns({ shown: ['name', 'state'], known: COLUMN_IDS }).map((column) => column.id); // ['name', 'state']
 */
export function shownColumns(choice: ColumnChoiceRecord | null): readonly InstanceColumn[] {
  if (!choice) return INSTANCE_COLUMNS.filter((column) => column.shownByDefault);
  const known = new Set(choice.known);
  const ids = new Set(choice.shown.filter((id) => KNOWN.has(id)));
  for (const column of INSTANCE_COLUMNS)
    if (column.shownByDefault && !known.has(column.id)) ids.add(column.id);
  ids.add(ALWAYS_SHOWN);
  return INSTANCE_COLUMNS.filter((column) => ids.has(column.id));
}
