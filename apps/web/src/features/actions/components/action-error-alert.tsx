import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { describeActionError } from '../utils/action-error';

export interface ActionErrorAlertProps {
  error: unknown;
}

/** A refused (409), forbidden (403) or unrecorded (503) action, said plainly. */
export function ActionErrorAlert({ error }: ActionErrorAlertProps): ReactNode {
  return <ErrorAlert {...describeActionError(error)} data-testid="action-error" />;
}
