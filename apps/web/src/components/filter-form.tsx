import Stack from '@mui/material/Stack';
import type { FormEvent, ReactNode } from 'react';

export interface FilterFormProps {
  /** The form's accessible name ("Audit filters"). */
  label: string;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}

/**
 * A row of filter fields that wraps on narrow screens and submits as one form: the frame every
 * filter bar of the dashboard shares, so they line up and wrap alike.
 *
 * @example
 * <FilterForm label="Search traces" onSubmit={submit}>
 *   <ChoiceField label="Outcome" value={outcome} options={TRACE_OUTCOMES} onChange={setOutcome} />
 * </FilterForm>
 */
export function FilterForm({ label, onSubmit, children }: FilterFormProps): ReactNode {
  return (
    <Stack
      component="form"
      direction="row"
      spacing={1.5}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      onSubmit={onSubmit}
      aria-label={label}
    >
      {children}
    </Stack>
  );
}
