import type { InstanceState } from '@fleet/contract';
import Stack from '@mui/material/Stack';
import { Suspense, type ReactNode } from 'react';
import { MENUS_LINE, TOOLBAR_LINE, TOOLBAR_WIDTHS } from '../utils/list-controls-layout';
import type { ColumnChoice } from '../hooks/use-column-choice';
import type { FleetSummary } from '../hooks/use-fleet-summary';
import { ColumnChooser } from './column-chooser';
import { InstancesSummaryBar } from './instances-summary-bar';
import { ButtonPlace } from '../../../components/button-place';
import { lazyNamed } from '../../../lib/lazy-named';

// Export and saved filters come just after the rows, in places of their size: neither is needed
// to read the list.
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

/** The line over the table: total and hide terminated; then saved filters, export, and columns. */
export function InstancesListToolbar({
  fleet,
  states,
  onStatesChange,
  columnChoice,
}: InstancesListToolbarProps): ReactNode {
  return (
    <Stack {...TOOLBAR_LINE}>
      <InstancesSummaryBar
        summary={fleet.query.data}
        states={states}
        onStatesChange={onStatesChange}
      />
      <Stack {...MENUS_LINE}>
        <Suspense fallback={<ButtonPlace width={TOOLBAR_WIDTHS.savedFilters} small />}>
          <SavedFilters />
        </Suspense>
        <Suspense fallback={<ButtonPlace width={TOOLBAR_WIDTHS.exportCsv} small />}>
          <ExportInstancesButton params={fleet.params} total={fleet.query.data?.total} />
        </Suspense>
        <ColumnChooser choice={columnChoice} />
      </Stack>
    </Stack>
  );
}
