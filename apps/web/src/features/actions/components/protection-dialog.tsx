import { reasonRequirement } from '@fleet/fleet';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';
import { useRunAction } from '../api/run-action';
import type { ActionTarget } from '../utils/action-target';
import { flagValue, initialChoice, type FlagChoice } from '../utils/protection-flags';
import { MAX_REASON_LENGTH, reasonProblem } from '../utils/reason-rule';
import { resultsSeverity, summariseResults } from '../utils/summarise-results';
import { ActionErrorAlert } from './action-error-alert';
import { ActionResultsList } from './action-results-list';
import { ConfirmActions } from './confirm-actions';
import { ProtectionFlagField } from './protection-flag-field';

export interface ProtectionDialogProps {
  target: ActionTarget;
  onClose: () => void;
  onActed?: () => void;
}

/** Admins: sets termination and stop protection (`POST /instances/protection`). */
export function ProtectionDialog({ target, onClose, onActed }: ProtectionDialogProps): ReactNode {
  const mutation = useRunAction(onActed ? { onSettled: onActed } : {});
  // Opened on the current values (read by the instance page), so "no change" is visible as such.
  const [initial] = useState(() => ({
    termination: initialChoice(target.protection?.disableApiTermination),
    stop: initialChoice(target.protection?.disableApiStop),
  }));
  const [termination, setTermination] = useState<FlagChoice>(initial.termination);
  const [stop, setStop] = useState<FlagChoice>(initial.stop);
  const [reason, setReason] = useState('');
  const requirement = reasonRequirement('protect', [target]);
  const problem = reasonProblem(reason, requirement !== undefined);
  const nothing =
    (termination === 'keep' || termination === initial.termination) &&
    (stop === 'keep' || stop === initial.stop);
  const busy = mutation.isPending;

  function submit(): void {
    if (busy || nothing || problem) return;
    mutation.mutate({
      action: 'protect',
      targets: [target],
      reason,
      disableApiTermination: flagValue(termination),
      disableApiStop: flagValue(stop),
    });
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>Protection of {target.name ?? target.id}</DialogTitle>
      <DialogContent>
        {mutation.isSuccess ? (
          <Stack spacing={2}>
            <Alert severity={resultsSeverity(mutation.data.results)}>
              Protection: {summariseResults(mutation.data.results)}
            </Alert>
            <ActionResultsList results={mutation.data.results} traceId={mutation.data.traceId} />
          </Stack>
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>
              Protected instances refuse to be terminated or stopped through the API until an admin
              turns the flag off.
            </DialogContentText>
            <ProtectionFlagField
              label="Termination protection"
              name="disableApiTermination"
              value={termination}
              onChange={setTermination}
              disabled={busy}
            />
            <ProtectionFlagField
              label="Stop protection"
              name="disableApiStop"
              value={stop}
              onChange={setStop}
              disabled={busy}
            />
            <TextField
              label={requirement ? 'Reason (required)' : 'Reason (optional)'}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              disabled={busy}
              error={reason !== '' && problem !== null}
              helperText={requirement ?? 'Recorded in the audit trail.'}
              slotProps={{ htmlInput: { maxLength: MAX_REASON_LENGTH } }}
            />
            {mutation.isError ? <ActionErrorAlert error={mutation.error} /> : null}
          </Stack>
        )}
      </DialogContent>
      <ConfirmActions done={mutation.isSuccess} busy={busy} onClose={onClose}>
        <Button variant="contained" onClick={submit} disabled={busy || nothing || problem !== null}>
          {busy ? 'Saving…' : 'Set protection'}
        </Button>
      </ConfirmActions>
    </Dialog>
  );
}
