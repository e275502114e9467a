import type { InstanceState } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import { Suspense, type ReactNode } from 'react';
import type { ColumnChoice } from '../hooks/use-column-choice';
import type { FleetSummary } from '../hooks/use-fleet-summary';
import { ColumnChooser } from './column-chooser';
import { InstancesSummaryBar } from './instances-summary-bar';
import { lazyNamed } from '../../../lib/lazy-named';

// Export and saved filters come just after the rows: neither is needed to read the list.
const ExportInstancesButton = lazyNamed(
  () => import('./export-instances-button'),
  'ExportInstancesButton',
);
const SavedFilters = lazyNamed(() => import('./saved-filters'), 'SavedFilters');

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
        <Suspense fallback={null}>
          <SavedFilters />
        </Suspense>
      </InstancesSummaryBar>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Suspense fallback={null}>
          <ExportInstancesButton params={fleet.params} total={fleet.query.data?.total} />
        </Suspense>
        <ColumnChooser choice={columnChoice} />
      </Stack>
    </Stack>
  );
}
