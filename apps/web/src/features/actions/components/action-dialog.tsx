import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { instanceKey, reasonRequirement } from '@fleet/fleet';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useRunAction } from '../api/run-action';
import {
  ACTION_LABELS,
  protectionWarning,
  type ActionTarget,
  type MenuAction,
} from '../utils/action-target';
import { MAX_REASON_LENGTH, reasonProblem, terminateConfirmation } from '../utils/reason-rule';
import { resultsSeverity, summariseResults } from '../utils/summarise-results';
import { ActionErrorAlert } from './action-error-alert';
import { ActionResultsList } from './action-results-list';
import { ConfirmActions } from './confirm-actions';
import { StopOptionsField, type StopMode } from './stop-options-field';

export interface ActionDialogProps {
  action: MenuAction;
  targets: readonly ActionTarget[];
  onClose: () => void;
  /** After the API answered (or failed): the page refreshes what it shows. */
  onActed?: () => void;
}

function describeTargets(targets: readonly ActionTarget[]): string {
  const [only] = targets;
  if (targets.length === 1 && only) return only.name ? `${only.name} (${only.id})` : only.id;
  return `${targets.length} instances`;
}

/** Confirms an action, sends it once, and shows what happened to each instance. */
export function ActionDialog({ action, targets, onClose, onActed }: ActionDialogProps): ReactNode {
  const mutation = useRunAction(onActed ? { onSettled: onActed } : {});
  const [reason, setReason] = useState('');
  const [stopMode, setStopMode] = useState<StopMode>('normal');
  const [confirmation, setConfirmation] = useState('');
  const [touched, setTouched] = useState(false);
  const label = ACTION_LABELS[action];
  const requirement = reasonRequirement(action, targets);
  const warning = protectionWarning(action, targets);
  const problem = reasonProblem(reason, requirement !== undefined);
  const expected = action === 'terminate' ? terminateConfirmation(targets) : null;
  const confirmed = expected === null || confirmation.trim() === expected;
  const names = useMemo(
    () => new Map(targets.map((target) => [instanceKey(target), target.name ?? target.id])),
    [targets],
  );
  const busy = mutation.isPending;
  const done = mutation.isSuccess;

  function submit(event: FormEvent): void {
    event.preventDefault();
    setTouched(true);
    if (busy || done || problem || !confirmed) return;
    mutation.mutate({
      action,
      targets,
      reason,
      ...(action === 'stop' && stopMode === 'force' ? { force: true } : {}),
      ...(action === 'stop' && stopMode === 'hibernate' ? { hibernate: true } : {}),
    });
  }

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="action-dialog-title"
      slotProps={{ paper: { component: 'form', onSubmit: submit } as object }}
      data-testid="action-dialog"
    >
      {/* A question until it is answered: once done, the title names what was done. */}
      <DialogTitle id="action-dialog-title">
        {label} {describeTargets(targets)}
        {done ? '' : '?'}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {done ? (
            <>
              <Alert severity={resultsSeverity(mutation.data.results)} data-testid="action-summary">
                {label}: {summariseResults(mutation.data.results)}
                {mutation.data.auditComplete
                  ? null
                  : ' The audit trail could not record every outcome; it will be reconciled.'}
              </Alert>
              <ActionResultsList
                results={mutation.data.results}
                names={names}
                traceId={mutation.data.traceId}
              />
            </>
          ) : (
            <>
              <DialogContentText>
                {action === 'terminate'
                  ? 'Terminating deletes the instance and its instance-store data. This cannot be undone.'
                  : `${label} ${describeTargets(targets)}. The state chips follow each instance until it settles.`}
              </DialogContentText>
              {warning ? (
                <Alert severity="warning" data-testid="protection-warning">
                  {warning}
                </Alert>
              ) : null}
              {action === 'stop' ? (
                <StopOptionsField value={stopMode} onChange={setStopMode} disabled={busy} />
              ) : null}
              <TextField
                label={requirement ? 'Reason (required)' : 'Reason (optional)'}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                multiline
                minRows={2}
                disabled={busy}
                error={touched && problem !== null}
                helperText={
                  (touched ? problem : null) ??
                  requirement ??
                  'Recorded in the audit trail with the action.'
                }
                slotProps={{
                  htmlInput: { maxLength: MAX_REASON_LENGTH, 'data-testid': 'action-reason' },
                }}
              />
              {expected !== null ? (
                <TextField
                  label={`Type “${expected}” to confirm`}
                  value={confirmation}
                  onChange={(event) => setConfirmation(event.target.value)}
                  disabled={busy}
                  error={touched && !confirmed}
                  helperText={touched && !confirmed ? 'The text does not match.' : undefined}
                  autoComplete="off"
                  slotProps={{ htmlInput: { 'data-testid': 'terminate-confirmation' } }}
                />
              ) : null}
              {mutation.isError ? <ActionErrorAlert error={mutation.error} /> : null}
            </>
          )}
        </Stack>
      </DialogContent>
      <ConfirmActions done={done} busy={busy} onClose={onClose}>
        <Button
          type="submit"
          variant="contained"
          color={action === 'terminate' ? 'error' : 'primary'}
          disabled={busy || (touched && (problem !== null || !confirmed))}
          data-testid="confirm-action"
        >
          {busy ? `${label}…` : mutation.isError ? `Retry ${label.toLowerCase()}` : label}
        </Button>
      </ConfirmActions>
    </Dialog>
  );
}
