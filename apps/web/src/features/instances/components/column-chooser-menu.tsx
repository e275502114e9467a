import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { ReactNode } from 'react';
import type { ColumnChoice } from '../hooks/use-column-choice';
import { ALWAYS_SHOWN, INSTANCE_COLUMNS } from '../utils/instance-columns';
import type { OpenMenuProps } from '../../../hooks/use-menu-anchor';

export interface ColumnChooserMenuProps extends OpenMenuProps {
  choice: ColumnChoice;
}

/** The open column menu: one checkbox per column, and back to the defaults. */
export function ColumnChooserMenu({ anchor, choice, onClose }: ColumnChooserMenuProps): ReactNode {
  const shown = new Set(choice.columns.map((column) => column.id));
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      {INSTANCE_COLUMNS.map((column) => (
        <MenuItem
          key={column.id}
          role="menuitemcheckbox"
          aria-checked={shown.has(column.id)}
          disabled={column.id === ALWAYS_SHOWN}
          onClick={() => choice.toggle(column.id)}
          dense
          data-testid={`column-${column.id}`}
        >
          <Checkbox
            size="small"
            checked={shown.has(column.id)}
            tabIndex={-1}
            disableRipple
            sx={{ p: 0, mr: 1 }}
            slotProps={{ input: { 'aria-hidden': true } }}
          />
          <ListItemText>{column.label}</ListItemText>
        </MenuItem>
      ))}
      <Divider />
      <MenuItem onClick={choice.reset} dense>
        Default columns
      </MenuItem>
    </Menu>
  );
}
