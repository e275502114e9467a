import BrightnessAutoIcon from '@mui/icons-material/BrightnessAuto';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import type { ReactNode } from 'react';

export type ColorMode = 'system' | 'light' | 'dark';

export interface ColorModeOption {
  mode: ColorMode;
  label: string;
  icon: ReactNode;
}

/** The theme choices, system first (the default). */
export const COLOR_MODES: readonly ColorModeOption[] = [
  { mode: 'system', label: 'System', icon: <BrightnessAutoIcon fontSize="small" /> },
  { mode: 'light', label: 'Light', icon: <LightModeIcon fontSize="small" /> },
  { mode: 'dark', label: 'Dark', icon: <DarkModeIcon fontSize="small" /> },
];
