import Button from '@mui/material/Button';
import type { ReactNode, Ref } from 'react';
import { filtersButtonText, SHOWN_ON_PHONE_ONLY } from './filter-bar-layout';

export interface FilterFoldButtonProps {
  /** Whether the fields it folds are shown. */
  open: boolean;
  onToggle: () => void;
  /** How many of the folded filters are set. */
  set: number;
  /** The id of what it folds. */
  controls: string;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * The button a phone's filter fields fold behind ("Filters (2)"), not drawn from `sm` up,
 * where the fields always show (`foldedOnPhone`).
 *
 * @example
 * <FilterFoldButton open={open} onToggle={() => setOpen(!open)} set={2} controls={fieldsId} />
 */
export function FilterFoldButton({
  open,
  onToggle,
  set,
  controls,
  ref,
}: FilterFoldButtonProps): ReactNode {
  return (
    <Button
      ref={ref}
      variant="outlined"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      sx={{ display: SHOWN_ON_PHONE_ONLY, alignSelf: 'flex-start' }}
    >
      {filtersButtonText(set)}
    </Button>
  );
}
