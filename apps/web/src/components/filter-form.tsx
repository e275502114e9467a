import Stack from '@mui/material/Stack';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FILTER_ROW, foldedOnPhone } from './filter-bar-layout';
import { FilterFoldButton } from './filter-fold-button';

export interface FilterFormProps {
  /** The form's accessible name ("Audit filters"). */
  label: string;
  /** Returns `false` when nothing was applied (a field is wrong): a phone's form stays open. */
  onSubmit: (event: FormEvent) => boolean | void;
  /** How many filters are in force, said on the button that unfolds the form on a phone. */
  set: number;
  children: ReactNode;
}

/**
 * A row of filter fields that wraps on narrow screens and submits as one form: the frame every
 * filter bar of the dashboard shares, so they line up and wrap alike. On a phone the fields fold
 * behind a "Filters" button saying how many are set; applying them folds them again, so the
 * results are what the reader sees next.
 *
 * @example
 * <FilterForm label="Search traces" onSubmit={submit} set={traceFilterCount(filters)}>
 *   <ChoiceField label="Outcome" value={outcome} options={TRACE_OUTCOMES} onChange={setOutcome} />
 * </FilterForm>
 */
export function FilterForm({ label, onSubmit, set, children }: FilterFormProps): ReactNode {
  const [open, setOpen] = useState(false);
  const formId = useId();
  const foldButton = useRef<HTMLButtonElement>(null);
  return (
    // A flex gap, not margins: the button takes no space where it is not shown.
    <Stack spacing={1.5} useFlexGap>
      <FilterFoldButton
        ref={foldButton}
        open={open}
        onToggle={() => setOpen(!open)}
        set={set}
        controls={formId}
      />
      <Stack
        component="form"
        id={formId}
        {...FILTER_ROW}
        sx={{ ...FILTER_ROW.sx, display: foldedOnPhone(open, 'flex') }}
        onSubmit={(event: FormEvent) => {
          if (onSubmit(event) === false || !open) return;
          setOpen(false);
          // The focused Apply button is folded away with the fields: focus goes where they fold.
          foldButton.current?.focus();
        }}
        aria-label={label}
      >
        {children}
      </Stack>
    </Stack>
  );
}
