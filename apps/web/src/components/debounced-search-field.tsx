import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { type ReactNode } from 'react';
import { useDebouncedEffect } from '../hooks/use-debounced-effect';
import { useDraft } from '../hooks/use-draft';

export interface DebouncedSearchFieldProps {
  label: string;
  /** The committed value (e.g. from the URL). */
  value: string;
  /** Called once typing pauses. */
  onChange: (value: string) => void;
  placeholder?: string;
  delayMs?: number;
  minWidth?: number;
}

// What typing was on its way to (the committed value but for spaces at the ends) stays as typed.
const keepTyping = (value: string, typed?: string): string =>
  typed !== undefined && typed.trim() === value ? typed : value;

/** A search box that commits after a pause in typing, and follows outside changes (Clear filters). */
export function DebouncedSearchField({
  label,
  value,
  onChange,
  placeholder,
  delayMs = 300,
  minWidth = 240,
}: DebouncedSearchFieldProps): ReactNode {
  // The committed value changed elsewhere: show it, unless it is what we are typing (trimmed).
  const [draft, setDraft] = useDraft(value, { draftOf: keepTyping });

  useDebouncedEffect(draft, delayMs, (next) => {
    if (next.trim() !== value.trim()) onChange(next);
  });

  return (
    <TextField
      label={label}
      type="search"
      value={draft}
      placeholder={placeholder}
      onChange={(event) => setDraft(event.target.value)}
      // Wraps as a `minWidth` box would, not as its input's own width (about 270 px): what fits
      // beside it in a row (a phone's Filters button) does so, as beside its placeholder.
      sx={{ minWidth, flexBasis: minWidth, flexGrow: 1, maxWidth: 420 }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
