import type { AttachedVolume } from '@fleet/contract';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { SmallTable } from '../../../components/small-table';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { useTimeZone } from '../../../lib/time-zone';

export interface InstanceVolumesTableProps {
  volumes: readonly AttachedVolume[];
  rootDevice: string | null;
}

function yesNo(value: boolean | null): string {
  return value === null ? EMPTY_VALUE : value ? 'Yes' : 'No';
}

/** The instance's EBS volumes, from its block device mappings (the EC2 console's Storage tab). */
export function InstanceVolumesTable({
  volumes,
  rootDevice,
}: InstanceVolumesTableProps): ReactNode {
  const timeZone = useTimeZone();
  return (
    <>
      <Typography variant="h4" component="h3" sx={{ mt: 3, mb: 1, fontSize: '1rem' }}>
        Volumes
      </Typography>
      <SmallTable
        label="Volumes"
        columns={['Device', 'Volume', 'Status', 'Delete on termination', 'Attached']}
        count={volumes.length}
        empty="No EBS volumes attached."
      >
        {volumes.map((volume) => (
          <TableRow key={volume.deviceName} data-testid="instance-volume">
            <TableCell sx={{ fontFamily: 'monospace' }}>
              {volume.deviceName}
              {volume.deviceName === rootDevice ? ' (root)' : ''}
            </TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }}>{volume.volumeId ?? EMPTY_VALUE}</TableCell>
            <TableCell>{volume.status ?? EMPTY_VALUE}</TableCell>
            <TableCell>{yesNo(volume.deleteOnTermination)}</TableCell>
            <TableCell>
              {formatDateTime(volume.attachTime, undefined, timeZone) ?? EMPTY_VALUE}
            </TableCell>
          </TableRow>
        ))}
      </SmallTable>
    </>
  );
}
