import DialogContentText from '@mui/material/DialogContentText';
import { useState, type ReactNode } from 'react';
import { flagValue, initialChoice, type FlagChoice } from '../utils/protection-flags';
import { EditDialog, type EditDialogOpening } from './edit-dialog';
import { ProtectionFlagField } from './protection-flag-field';

export type ProtectionDialogProps = EditDialogOpening;

/** Admins: sets termination and stop protection (`POST /instances/protection`). */
export function ProtectionDialog(props: ProtectionDialogProps): ReactNode {
  const { target } = props;
  // Opened on the current values (read by the instance page), so "no change" is visible as such.
  const [initial] = useState(() => ({
    termination: initialChoice(target.protection?.disableApiTermination),
    stop: initialChoice(target.protection?.disableApiStop),
  }));
  const [termination, setTermination] = useState<FlagChoice>(initial.termination);
  const [stop, setStop] = useState<FlagChoice>(initial.stop);
  const nothing =
    (termination === 'keep' || termination === initial.termination) &&
    (stop === 'keep' || stop === initial.stop);
  const edit = nothing
    ? null
    : { disableApiTermination: flagValue(termination), disableApiStop: flagValue(stop) };

  return (
    <EditDialog
      {...props}
      action="protect"
      title={(name) => `Protection of ${name}`}
      submitLabel="Set protection"
      edit={edit}
    >
      <DialogContentText>
        Protected instances refuse to be terminated or stopped through the API until an admin turns
        the flag off.
      </DialogContentText>
      <ProtectionFlagField
        label="Termination protection"
        name="disableApiTermination"
        value={termination}
        onChange={setTermination}
      />
      <ProtectionFlagField
        label="Stop protection"
        name="disableApiStop"
        value={stop}
        onChange={setStop}
      />
    </EditDialog>
  );
}
