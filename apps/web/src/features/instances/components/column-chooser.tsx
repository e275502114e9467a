import ViewColumnOutlinedIcon from '@mui/icons-material/ViewColumnOutlined';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { ColumnChoice } from '../hooks/use-column-choice';

// The open menu is fetched on first click.
const ColumnChooserMenu = lazy(async () => ({
  default: (await import('./column-chooser-menu')).ColumnChooserMenu,
}));

/** "Columns": which columns the table shows (remembered in this browser). */
export function ColumnChooser({ choice }: { choice: ColumnChoice }): ReactNode {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        startIcon={<ViewColumnOutlinedIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        data-testid="column-chooser"
      >
        Columns
      </Button>
      {anchor ? (
        <Suspense fallback={null}>
          <ColumnChooserMenu anchor={anchor} choice={choice} onClose={() => setAnchor(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
