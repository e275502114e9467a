import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';

export interface LoadMoreButtonProps {
  loading: boolean;
  onClick: () => void;
}

/** "Load more" under a list that also loads as it is scrolled: the way for a keyboard. */
export function LoadMoreButton({ loading, onClick }: LoadMoreButtonProps): ReactNode {
  return (
    <Stack sx={{ alignItems: 'center', py: 1 }}>
      <Button onClick={onClick} disabled={loading} size="small">
        {loading ? 'Loading…' : 'Load more'}
      </Button>
    </Stack>
  );
}
