import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { ReactNode } from 'react';

/** How to stop: the API takes `force` or `hibernate`, never both. */
export type StopMode = 'normal' | 'force' | 'hibernate';

export interface StopOptionsFieldProps {
  value: StopMode;
  onChange: (mode: StopMode) => void;
  disabled?: boolean;
}

export function StopOptionsField({ value, onChange, disabled }: StopOptionsFieldProps): ReactNode {
  return (
    <FormControl disabled={disabled}>
      <FormLabel id="stop-mode-label">How to stop</FormLabel>
      <RadioGroup
        aria-labelledby="stop-mode-label"
        value={value}
        onChange={(event) => onChange(event.target.value as StopMode)}
      >
        <FormControlLabel value="normal" control={<Radio />} label="Shut down the OS cleanly" />
        <FormControlLabel
          value="force"
          control={<Radio />}
          label="Force (no OS shutdown; also for an instance stuck stopping)"
        />
        <FormControlLabel
          value="hibernate"
          control={<Radio />}
          label="Hibernate (keep memory on disk; needs hibernation configured)"
        />
      </RadioGroup>
    </FormControl>
  );
}
