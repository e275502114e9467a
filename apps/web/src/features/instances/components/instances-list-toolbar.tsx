import type { InstanceState } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import type { ColumnChoice } from '../hooks/use-column-choice';
import type { FleetSummary } from '../hooks/use-fleet-summary';
import { ColumnChooser } from './column-chooser';
import { ExportInstancesButton } from './export-instances-button';
import { InstancesSummaryBar } from './instances-summary-bar';
import { SavedFilters } from './saved-filters';

export interface InstancesListToolbarProps {
  fleet: FleetSummary;
  states: readonly InstanceState[];
  onStatesChange: (states: InstanceState[]) => void;
  columnChoice: ColumnChoice;
}

/** The line over the table: total, hide terminated, saved filters, export, and the columns. */
export function InstancesListToolbar({
  fleet,
  states,
  onStatesChange,
  columnChoice,
}: InstancesListToolbarProps): ReactNode {
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={1}
      sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', mb: -1.5 }}
    >
      <InstancesSummaryBar
        summary={fleet.query.data}
        states={states}
        onStatesChange={onStatesChange}
      >
        <SavedFilters />
      </InstancesSummaryBar>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <ExportInstancesButton params={fleet.params} total={fleet.query.data?.total} />
        <ColumnChooser choice={columnChoice} />
      </Stack>
    </Stack>
  );
}
