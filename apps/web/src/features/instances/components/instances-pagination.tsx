import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ChangeEvent, ReactNode } from 'react';
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
      {/* A plain native list: a phone shows its own picker, and the page needs no input code. */}
      <Box
        component="label"
        sx={{ display: 'flex', alignItems: 'center', gap: 1, typography: 'body2' }}
      >
        Rows per page
        <Box
          component="select"
          value={pageSize}
          onChange={(event: ChangeEvent<HTMLSelectElement>) =>
            onPageSizeChange(Number(event.target.value))
          }
          data-testid="page-size"
          sx={{
            font: 'inherit',
            color: 'text.primary',
            bgcolor: 'background.paper',
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            px: 1,
            py: 0.75,
          }}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Box>
      </Box>
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
