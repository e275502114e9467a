import FormControl from '@mui/material/FormControl';
import FormLabel from '@mui/material/FormLabel';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { ReactNode } from 'react';
import type { FlagChoice } from '../utils/protection-flags';

export interface ProtectionFlagFieldProps {
  label: string;
  name: string;
  value: FlagChoice;
  onChange: (value: FlagChoice) => void;
  disabled?: boolean;
}

export function ProtectionFlagField({
  label,
  name,
  value,
  onChange,
  disabled,
}: ProtectionFlagFieldProps): ReactNode {
  return (
    <FormControl disabled={disabled}>
      <FormLabel id={`${name}-label`}>{label}</FormLabel>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={value}
        disabled={disabled}
        onChange={(_, next: FlagChoice | null) => onChange(next ?? 'keep')}
        aria-labelledby={`${name}-label`}
        data-testid={`flag-${name}`}
      >
        <ToggleButton value="keep">Leave as is</ToggleButton>
        <ToggleButton value="on">On</ToggleButton>
        <ToggleButton value="off">Off</ToggleButton>
      </ToggleButtonGroup>
    </FormControl>
  );
}
