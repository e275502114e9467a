import BookmarkBorderIcon from '@mui/icons-material/BookmarkBorder';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSavedFilters } from '../hooks/use-saved-filters';

// The menu and the naming dialog are fetched on first click.
const SavedFiltersMenu = lazy(async () => ({
  default: (await import('./saved-filters-menu')).SavedFiltersMenu,
}));

/** "Saved filters": named views of the list, kept in this browser only. */
export function SavedFilters(): ReactNode {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const saved = useSavedFilters();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <Button
        size="small"
        startIcon={<BookmarkBorderIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        data-testid="saved-filters"
      >
        Saved filters
      </Button>
      {anchor ? (
        <Suspense fallback={null}>
          <SavedFiltersMenu
            anchor={anchor}
            saved={saved}
            currentSearch={location.search}
            onApply={(search) => void navigate({ pathname: location.pathname, search })}
            onClose={() => setAnchor(null)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
