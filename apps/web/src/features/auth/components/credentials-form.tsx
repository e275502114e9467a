import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState, type FormEvent, type ReactNode } from 'react';
import { TextInput } from '../../../components/text-input';

export interface CredentialsFormProps {
  pending: boolean;
  onSubmit: (email: string, password: string) => void;
}

/** Email and password. Labels stay exactly "Email" and "Password": browser tests find them so. */
export function CredentialsForm({ pending, onSubmit }: CredentialsFormProps): ReactNode {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onSubmit(email.trim(), password);
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} aria-label="Sign in">
      <TextInput
        label="Email"
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        autoComplete="username"
        autoFocus
        // Required on the input only: MUI's `required` adds an asterisk to the label text.
        htmlInput={{ required: true }}
      />
      <TextInput
        label="Password"
        type="password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        autoComplete="current-password"
        htmlInput={{ required: true }}
      />
      <Button type="submit" variant="contained" size="large" loading={pending} fullWidth>
        Sign in
      </Button>
    </Stack>
  );
}
