import { useTheme } from '@mui/material/styles';
import type { SeriesTone } from '../utils/metric-charts';

export interface ChartColors {
  tone: (tone: SeriesTone) => string;
  grid: string;
  axis: string;
  /** Shading of periods without data (instance not running). */
  gap: string;
  cursor: string;
}

/**
 * Chart colours from the theme's CSS variables, so an SVG line follows the light/dark switch
 * without re-rendering the chart.
 */
export function useChartColors(): ChartColors {
  const theme = useTheme();
  const palette = (theme.vars ?? theme).palette;
  return {
    tone: (tone) => palette[tone].main,
    grid: palette.divider,
    axis: palette.text.secondary,
    gap: palette.action.hover,
    cursor: palette.text.disabled,
  };
}
