import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select, { type SelectChangeEvent } from '@mui/material/Select';
import { useId, type ReactNode } from 'react';

export interface MultiSelectFilterProps<T extends string> {
  label: string;
  options: readonly T[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** How an option reads; defaults to its value. */
  renderOption?: (option: T) => ReactNode;
  minWidth?: number;
}

/** A labelled multi-select whose empty state means "any". */
export function MultiSelectFilter<T extends string>({
  label,
  options,
  selected,
  onChange,
  renderOption = (option) => option,
  minWidth = 160,
}: MultiSelectFilterProps<T>): ReactNode {
  const labelId = useId();

  function handleChange(event: SelectChangeEvent<T[]>): void {
    const value = event.target.value;
    // MUI hands autofill values over as a comma-joined string.
    const next = (typeof value === 'string' ? value.split(',') : value) as T[];
    // Keep the options' order so URLs stay canonical whichever order items were ticked in.
    onChange(options.filter((option) => next.includes(option)));
  }

  return (
    <FormControl sx={{ minWidth }}>
      <InputLabel id={labelId}>{label}</InputLabel>
      <Select<T[]>
        labelId={labelId}
        multiple
        value={[...selected]}
        onChange={handleChange}
        input={<OutlinedInput label={label} />}
        renderValue={(values) => (values.length === options.length ? 'All' : values.join(', '))}
        MenuProps={{ slotProps: { paper: { sx: { maxHeight: 360 } } } }}
      >
        {options.map((option) => (
          <MenuItem key={option} value={option} dense>
            <Checkbox checked={selected.includes(option)} size="small" sx={{ p: 0.5, mr: 1 }} />
            <ListItemText primary={renderOption(option)} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
