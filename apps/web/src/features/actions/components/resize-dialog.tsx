import type { Architecture, InstanceTypeOption } from '@fleet/contract';
import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { useInstanceTypes } from '../api/list-instance-types';
import { EditDialog, type EditDialogOpening } from './edit-dialog';

export interface ResizeDialogProps extends EditDialogOpening {
  currentType: string;
  architecture: Architecture;
}

function describeType(option: InstanceTypeOption): string {
  const memory =
    option.memoryMiB >= 1024 ? `${option.memoryMiB / 1024} GiB` : `${option.memoryMiB} MiB`;
  return `${option.instanceType} · ${option.vCpus} vCPU · ${memory}${option.burstable ? ' · burstable' : ''}`;
}

/** Operators and admins: change the type of a stopped instance (`POST /instances/resize`). */
export function ResizeDialog(props: ResizeDialogProps): ReactNode {
  const { currentType, architecture, ...opening } = props;
  const { target } = opening;
  const types = useInstanceTypes(target.region, architecture);
  const [chosen, setChosen] = useState(currentType);
  const stopped = target.state === 'stopped';
  const edit = stopped && chosen !== currentType ? { instanceType: chosen } : null;

  function choices(): ReactNode {
    if (types.isError)
      return <QueryErrorAlert title="Could not load the instance types" query={types} />;
    if (!types.data) return <Skeleton variant="rounded" height={56} />;
    return (
      <TextField
        select
        label={`Instance type (${architecture})`}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
        disabled={!stopped}
        slotProps={{ select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } } } }}
        data-testid="type-select"
      >
        {types.data.items.map((option) => (
          <MenuItem key={option.instanceType} value={option.instanceType}>
            {describeType(option)}
          </MenuItem>
        ))}
      </TextField>
    );
  }

  return (
    <EditDialog
      {...opening}
      action="resize"
      title={(name) => `Change the type of ${name}`}
      submitLabel="Change type"
      edit={edit}
    >
      <DialogContentText>
        Now {currentType}. The choices are the {architecture} types of {target.region}, from
        DescribeInstanceTypes.
      </DialogContentText>
      {stopped ? null : (
        <Alert severity="info">
          EC2 changes an instance&apos;s type only while it is stopped: stop it first, then come
          back.
        </Alert>
      )}
      {choices()}
    </EditDialog>
  );
}
