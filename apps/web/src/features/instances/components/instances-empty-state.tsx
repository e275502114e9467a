import SearchOffIcon from '@mui/icons-material/SearchOff';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface InstancesEmptyStateProps {
  filtered: boolean;
  onClearFilters: () => void;
}

export function InstancesEmptyState({
  filtered,
  onClearFilters,
}: InstancesEmptyStateProps): ReactNode {
  return (
    <Stack spacing={1.5} sx={{ alignItems: 'center', py: 6 }} data-testid="instances-empty">
      <SearchOffIcon color="disabled" sx={{ fontSize: 40 }} />
      <Typography variant="subtitle1">
        {filtered ? 'No instances match these filters' : 'No instances in these regions'}
      </Typography>
      {filtered ? (
        <Button variant="outlined" onClick={onClearFilters}>
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
}
