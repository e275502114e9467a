import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';

export interface ConfirmActionsProps {
  /** The request answered: only Close is left. */
  done: boolean;
  /** The request in flight: Cancel waits for it. */
  busy: boolean;
  onClose: () => void;
  /** The confirming button (its label and checks are the dialog's). */
  children: ReactNode;
}

/**
 * The buttons of an action's confirmation dialog: Cancel and the confirming button until the
 * request is answered, then Close (the dialog stays open on the answer, so it can be read).
 *
 * @example
 * <ConfirmActions done={mutation.isSuccess} busy={busy} onClose={onClose}>
 *   <Button variant="contained" onClick={submit}>Set protection</Button>
 * </ConfirmActions>
 */
export function ConfirmActions({ done, busy, onClose, children }: ConfirmActionsProps): ReactNode {
  return (
    <DialogActions>
      {done ? (
        <Button onClick={onClose} variant="contained">
          Close
        </Button>
      ) : (
        <>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          {children}
        </>
      )}
    </DialogActions>
  );
}
