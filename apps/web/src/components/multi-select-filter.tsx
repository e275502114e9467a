import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select, { type SelectChangeEvent } from '@mui/material/Select';
import { useId, type ReactNode } from 'react';
import { useDraft } from '../hooks/use-draft';

export interface MultiSelectFilterProps<T extends string> {
  label: string;
  options: readonly T[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** How an option reads; defaults to its value. */
  renderOption?: (option: T) => ReactNode;
  minWidth?: number;
}

/** "eu-west-1", "eu-west-1 +2" or "All": the field stays one short line however many are ticked. */
function summarize(values: readonly string[], optionCount: number): string {
  if (values.length > 1 && values.length === optionCount) return 'All';
  if (values.length <= 1) return values[0] ?? '';
  return `${values[0]} +${values.length - 1}`;
}

// The same ticks, even in a new array (the URL's is parsed anew on each render).
const sameItems = (a: readonly string[], b: readonly string[]): boolean =>
  a.join(',') === b.join(',');

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
  // Ticks land here at once: `selected` may come from the URL, which updates a render later, and
  // two quick ticks would otherwise both start from the old value and the first would be lost.
  const [draft, setDraft] = useDraft<readonly T[]>(selected, { sameSource: sameItems });

  function handleChange(event: SelectChangeEvent<T[]>): void {
    const value = event.target.value;
    // MUI hands autofill values over as a comma-joined string.
    const picked = (typeof value === 'string' ? value.split(',') : value) as T[];
    // Keep the options' order so URLs stay canonical whichever order items were ticked in.
    const next = options.filter((option) => picked.includes(option));
    setDraft(next);
    onChange(next);
  }

  return (
    <FormControl sx={{ minWidth }}>
      <InputLabel id={labelId}>{label}</InputLabel>
      <Select<T[]>
        labelId={labelId}
        multiple
        value={[...draft]}
        onChange={handleChange}
        input={<OutlinedInput label={label} />}
        renderValue={(values) => summarize(values, options.length)}
        MenuProps={{ slotProps: { paper: { sx: { maxHeight: 360 } } } }}
      >
        {options.map((option) => (
          <MenuItem key={option} value={option} dense>
            <Checkbox checked={draft.includes(option)} size="small" sx={{ p: 0.5, mr: 1 }} />
            <ListItemText primary={renderOption(option)} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
