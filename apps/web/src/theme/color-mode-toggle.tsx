import BrightnessAutoIcon from '@mui/icons-material/BrightnessAuto';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useColorScheme } from '@mui/material/styles';
import Tooltip from '@mui/material/Tooltip';
import { useState, type MouseEvent, type ReactNode } from 'react';

type Mode = 'system' | 'light' | 'dark';

interface ModeOption {
  mode: Mode;
  label: string;
  icon: ReactNode;
}

const SYSTEM: ModeOption = {
  mode: 'system',
  label: 'System',
  icon: <BrightnessAutoIcon fontSize="small" />,
};
const MODES: readonly ModeOption[] = [
  SYSTEM,
  { mode: 'light', label: 'Light', icon: <LightModeIcon fontSize="small" /> },
  { mode: 'dark', label: 'Dark', icon: <DarkModeIcon fontSize="small" /> },
];

/** System / light / dark; MUI's provider remembers the choice in localStorage. */
export function ColorModeToggle(): ReactNode {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = MODES.find((item) => item.mode === mode) ?? SYSTEM;

  function choose(next: Mode): void {
    setMode(next);
    setAnchor(null);
  }

  return (
    <>
      <Tooltip title={`Theme: ${current.label}`}>
        <IconButton
          color="inherit"
          aria-label={`Theme: ${current.label}. Change theme`}
          aria-haspopup="menu"
          aria-controls={anchor ? 'color-mode-menu' : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        >
          {current.icon}
        </IconButton>
      </Tooltip>
      <Menu
        id="color-mode-menu"
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {MODES.map((item) => (
          <MenuItem
            key={item.mode}
            selected={item.mode === current.mode}
            onClick={() => choose(item.mode)}
          >
            <ListItemIcon>{item.icon}</ListItemIcon>
            <ListItemText>{item.label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
