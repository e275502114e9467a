import ViewColumnOutlinedIcon from '@mui/icons-material/ViewColumnOutlined';
import { type ReactNode } from 'react';
import type { ColumnChoice } from '../hooks/use-column-choice';
import { ToolbarMenuButton } from './toolbar-menu-button';
import { lazyNamed } from '../../../lib/lazy-named';

// The open menu is fetched on first click.
const ColumnChooserMenu = lazyNamed(() => import('./column-chooser-menu'), 'ColumnChooserMenu');

/** "Columns": which columns the table shows (remembered in this browser). */
export function ColumnChooser({ choice }: { choice: ColumnChoice }): ReactNode {
  return (
    <ToolbarMenuButton icon={<ViewColumnOutlinedIcon />} label="Columns" testId="column-chooser">
      {(open) => <ColumnChooserMenu {...open} choice={choice} />}
    </ToolbarMenuButton>
  );
}
