import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { ReactNode } from 'react';
import { COLOR_MODES, type ColorMode } from './color-modes';
import type { OpenMenuProps } from '../hooks/use-menu-anchor';

export interface ColorModeMenuProps extends OpenMenuProps {
  current: ColorMode;
  onChoose: (mode: ColorMode) => void;
}

/** The open theme menu: system, light, dark. */
export function ColorModeMenu({
  anchor,
  current,
  onChoose,
  onClose,
}: ColorModeMenuProps): ReactNode {
  return (
    <Menu
      id="color-mode-menu"
      anchorEl={anchor}
      open
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
    >
      {COLOR_MODES.map((item) => (
        <MenuItem
          key={item.mode}
          selected={item.mode === current}
          onClick={() => onChoose(item.mode)}
        >
          <ListItemIcon>{item.icon}</ListItemIcon>
          <ListItemText>{item.label}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}
