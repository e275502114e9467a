import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent, type ReactNode } from 'react';
import { TextInput } from '../../../components/text-input';

export interface NewPasswordFormProps {
  pending: boolean;
  onSubmit: (newPassword: string) => void;
  onCancel: () => void;
}

/** Cognito's NEW_PASSWORD_REQUIRED: an admin created the account with a temporary password. */
export function NewPasswordForm({ pending, onSubmit, onCancel }: NewPasswordFormProps): ReactNode {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const mismatch = confirmation.length > 0 && confirmation !== password;

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (password !== confirmation) return;
    onSubmit(password);
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} aria-label="Choose a new password">
      <Typography variant="body2" color="text.secondary">
        Your account has a temporary password. Choose a permanent one to continue.
      </Typography>
      <TextInput
        label="New password"
        type="password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        autoComplete="new-password"
        autoFocus
        htmlInput={{ required: true }}
      />
      <TextInput
        label="Repeat new password"
        type="password"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        autoComplete="new-password"
        error={mismatch}
        helperText={mismatch ? 'The passwords differ.' : ' '}
        htmlInput={{ required: true }}
      />
      <Button
        type="submit"
        variant="contained"
        size="large"
        loading={pending}
        disabled={mismatch}
        fullWidth
      >
        Set password and sign in
      </Button>
      <Button onClick={onCancel} disabled={pending}>
        Use another account
      </Button>
    </Stack>
  );
}
