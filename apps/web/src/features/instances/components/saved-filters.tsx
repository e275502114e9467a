import BookmarkBorderIcon from '@mui/icons-material/BookmarkBorder';
import { type ReactNode } from 'react';
import { ToolbarMenuButton } from './toolbar-menu-button';
import { lazyNamed } from '../../../lib/lazy-named';

// The menu and the naming dialog are fetched on first click.
const SavedFiltersMenu = lazyNamed(() => import('./saved-filters-menu'), 'SavedFiltersMenu');

/** "Saved filters": named views of the list, kept in this browser only. */
export function SavedFilters(): ReactNode {
  return (
    <ToolbarMenuButton icon={<BookmarkBorderIcon />} label="Saved filters" testId="saved-filters">
      {(open) => <SavedFiltersMenu {...open} />}
    </ToolbarMenuButton>
  );
}
