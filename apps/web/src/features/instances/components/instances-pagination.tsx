import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { PAGE_SIZE_OPTIONS } from '../utils/instance-list-search';

export interface InstancesPaginationProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  rowsOnPage: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** While a page loads, its cursor is not known yet: paging waits. */
  disabled: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (pageSize: number) => void;
}

/** Cursor paging: there is no total count or page jump, only next and previous. */
export function InstancesPagination({
  page,
  pageSize,
  rowsOnPage,
  hasPrevious,
  hasNext,
  disabled,
  onPrevious,
  onNext,
  onPageSizeChange,
}: InstancesPaginationProps): ReactNode {
  const first = (page - 1) * pageSize + 1;
  // A shared link may carry a size the menu does not offer; keep it selectable rather than blank.
  const sizes = [...new Set([...PAGE_SIZE_OPTIONS, pageSize])].sort((a, b) => a - b);
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ alignItems: 'center', justifyContent: 'flex-end', px: 2, py: 1, flexWrap: 'wrap' }}
      component="nav"
      aria-label="Instance pages"
    >
      <FormControl sx={{ minWidth: 120 }}>
        <InputLabel id="page-size-label">Rows per page</InputLabel>
        <Select
          labelId="page-size-label"
          label="Rows per page"
          value={pageSize}
          onChange={(event) => onPageSizeChange(Number(event.target.value))}
        >
          {sizes.map((size) => (
            <MenuItem key={size} value={size}>
              {size}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <Typography
        variant="body2"
        color="text.secondary"
        aria-live="polite"
        data-testid="page-indicator"
      >
        Page {page}
        {rowsOnPage > 0 ? ` · rows ${first}–${first + rowsOnPage - 1}` : ''}
      </Typography>
      <Button
        startIcon={<ChevronLeftIcon />}
        onClick={onPrevious}
        disabled={disabled || !hasPrevious}
        aria-label="Previous page"
      >
        Previous
      </Button>
      <Button
        endIcon={<ChevronRightIcon />}
        onClick={onNext}
        disabled={disabled || !hasNext}
        aria-label="Next page"
      >
        Next
      </Button>
    </Stack>
  );
}
