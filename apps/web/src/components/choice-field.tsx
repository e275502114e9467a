import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

export interface ChoiceFieldProps<T extends string> {
  label: string;
  /** The chosen option, '' for "Any", or the value of an extra item (`children`). */
  value: string;
  options: readonly T[];
  /** Receives the chosen option, or '' when "Any" is chosen. */
  onChange: (value: T | '') => void;
  /** What each option reads as; the option itself when absent. */
  labelOf?: (option: T) => string;
  /** Offer "Any" (the value '') before the options; true unless said otherwise. */
  any?: boolean;
  sx?: SxProps<Theme>;
  testId?: string;
  /** Items after the options (a choice that only a link can make). */
  children?: ReactNode;
}

/**
 * A small select of one option among a fixed list, "Any" first: the choice every filter bar
 * offers for region, action, outcome and order.
 *
 * @example
 * <ChoiceField label="Action" value={draft.action} options={INSTANCE_ACTIONS} onChange={setAction} />
 */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
  labelOf = (option) => option,
  any = true,
  sx,
  testId,
  children,
}: ChoiceFieldProps<T>): ReactNode {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as T | '')}
      sx={sx}
      slotProps={testId ? { htmlInput: { 'data-testid': testId } } : undefined}
    >
      {any ? <MenuItem value="">Any</MenuItem> : null}
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {labelOf(option)}
        </MenuItem>
      ))}
      {children}
    </TextField>
  );
}
