import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';

export interface MonitoringGapsNoteProps {
  notRunning: boolean;
  state: string;
}

/** Why some periods are blank: shaded gaps are the instance not running, not a fault. */
export function MonitoringGapsNote({ notRunning, state }: MonitoringGapsNoteProps): ReactNode {
  return (
    <Alert severity="info" variant="outlined" data-testid="monitoring-gaps-note" sx={{ mb: 2 }}>
      {notRunning ? `This instance is ${state}: the charts stop where it stopped running. ` : ''}
      Shaded periods have no data: the instance was not running then.
    </Alert>
  );
}
