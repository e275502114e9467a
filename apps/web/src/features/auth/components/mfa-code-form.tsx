import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent, type ReactNode } from 'react';
import { TextInput } from '../../../components/text-input';

export interface MfaCodeFormProps {
  medium: 'authenticator' | 'sms';
  pending: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}

/** The second factor Cognito asked for: a one-time code. */
export function MfaCodeForm({ medium, pending, onSubmit, onCancel }: MfaCodeFormProps): ReactNode {
  const [code, setCode] = useState('');

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onSubmit(code.replace(/\s+/g, ''));
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} aria-label="Verification code">
      <Typography variant="body2" color="text.secondary">
        {medium === 'sms'
          ? 'Enter the code we sent to your phone.'
          : 'Enter the 6-digit code from your authenticator app.'}
      </Typography>
      <TextInput
        label="Code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="one-time-code"
        autoFocus
        htmlInput={{ inputMode: 'numeric', pattern: '[0-9 ]{6,8}', required: true }}
      />
      <Button type="submit" variant="contained" size="large" loading={pending} fullWidth>
        Verify
      </Button>
      <Button onClick={onCancel} disabled={pending}>
        Use another account
      </Button>
    </Stack>
  );
}
