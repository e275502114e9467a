import { reasonRequirement } from '@fleet/fleet';
import type { InstanceAction } from '@fleet/contract';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';
import { useRunAction, type ActionRequestInput } from '../api/run-action';
import type { ActionTarget } from '../utils/action-target';
import { MAX_REASON_LENGTH, reasonProblem } from '../utils/reason-rule';
import { resultsSeverity, summariseResults } from '../utils/summarise-results';
import { ActionErrorAlert } from './action-error-alert';
import { ActionResultsList } from './action-results-list';
import { ConfirmActions } from './confirm-actions';

/** What every edit dialog is opened with: its instance, and what to do on closing and after acting. */
export interface EditDialogOpening {
  target: ActionTarget;
  onClose: () => void;
  onActed?: (() => void) | undefined;
}

export interface EditDialogProps extends EditDialogOpening {
  action: Extract<InstanceAction, 'protect' | 'tag' | 'tag-team' | 'resize'>;
  /** The title, given the instance's name (its id when it has none). */
  title: (name: string) => string;
  submitLabel: string;
  /** The edit as the request carries it; `null` while there is nothing (valid) to send. */
  edit: Pick<
    ActionRequestInput,
    'set' | 'remove' | 'team' | 'instanceType' | 'disableApiTermination' | 'disableApiStop'
  > | null;
  /** Said after a success, above the results (e.g. what the editor sees next). */
  afterNote?: ReactNode;
  /** The form: fields of this edit. */
  children: ReactNode;
}

/**
 * The frame of an edit dialog (protection, tags, team, type): the form, a reason (required where the API
 * requires one), the API's refusal said plainly, and the per-instance results once done.
 */
export function EditDialog(props: EditDialogProps): ReactNode {
  const { action, target, title, submitLabel, edit, afterNote, onClose, onActed, children } = props;
  const mutation = useRunAction(onActed ? { onSettled: onActed } : {});
  const [reason, setReason] = useState('');
  const requirement = reasonRequirement(action, [target]);
  const problem = reasonProblem(reason, requirement !== undefined);
  const busy = mutation.isPending;

  function submit(): void {
    if (busy || !edit || problem) return;
    mutation.mutate({ action, targets: [target], reason, ...edit });
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title(target.name ?? target.id)}</DialogTitle>
      <DialogContent>
        {mutation.isSuccess ? (
          <Stack spacing={2} data-testid="edit-done">
            <Alert severity={resultsSeverity(mutation.data.results)}>
              {summariseResults(mutation.data.results)}
            </Alert>
            {afterNote}
            <ActionResultsList results={mutation.data.results} traceId={mutation.data.traceId} />
          </Stack>
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
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
        <Button
          variant="contained"
          onClick={submit}
          disabled={busy || !edit || problem !== null}
          data-testid="confirm-edit"
        >
          {busy ? 'Saving…' : submitLabel}
        </Button>
      </ConfirmActions>
    </Dialog>
  );
}
