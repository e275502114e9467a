import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';

export interface ChipInputFilterProps {
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Returns an error message for a value the API would refuse, else `null`. */
  validate: (value: string) => string | null;
  helperText?: string;
  placeholder?: string;
  minWidth?: number;
  /** Values to suggest as the operator types; free text is still accepted. */
  options?: readonly string[];
}

const NO_OPTIONS: readonly string[] = [];

/**
 * Free-typed values that become chips on Enter (or on leaving the field). Invalid ones are refused
 * here with a reason, so the list never turns into a 400.
 */
export function ChipInputFilter({
  label,
  values,
  onChange,
  validate,
  helperText,
  placeholder,
  minWidth = 200,
  options = NO_OPTIONS,
}: ChipInputFilterProps): ReactNode {
  const [error, setError] = useState<string | null>(null);
  // Controlled so that a refused value stays in the box to be corrected, not silently wiped.
  const [input, setInput] = useState('');

  function handleChange(next: string[]): void {
    const trimmed = next.map((value) => value.trim()).filter((value) => value.length > 0);
    const problems = trimmed.map(validate).filter((problem): problem is string => problem !== null);
    setError(problems[0] ?? null);
    if (problems.length) return;
    setInput('');
    onChange([...new Set(trimmed)]);
  }

  return (
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      autoSelect
      size="small"
      options={options}
      value={[...values]}
      onChange={(_, next) => handleChange(next)}
      inputValue={input}
      onInputChange={(_, value, reason) => {
        // Only typing (or the clear button) edits the text: MUI also empties it after every pick,
        // and handleChange does that itself once it accepts a value.
        if (reason !== 'input' && reason !== 'clear') return;
        setInput(value);
        setError(null);
      }}
      sx={{ minWidth }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={values.length ? undefined : placeholder}
          error={Boolean(error)}
          helperText={error ?? helperText}
        />
      )}
    />
  );
}
