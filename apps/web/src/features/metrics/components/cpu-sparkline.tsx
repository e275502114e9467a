import type { MetricPoints } from '@fleet/contract';
import { useTheme } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { sparklinePath } from '../utils/sparkline';

export interface CpuSparklineProps {
  points: MetricPoints;
  /** Says what the line shows, for screen readers. */
  label: string;
  width?: number;
  height?: number;
}

/**
 * A line of CPU % in a table cell: one SVG path, gaps left empty. Hand-drawn rather than Recharts:
 * a cell needs no axes, tooltip or animation, and this costs well under a kilobyte.
 */
export function CpuSparkline({
  points,
  label,
  width = 96,
  height = 24,
}: CpuSparklineProps): ReactNode {
  const theme = useTheme();
  const palette = (theme.vars ?? theme).palette;
  const path = useMemo(
    () => sparklinePath(points, { width, height, inset: 1.5 }),
    [points, width, height],
  );
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-testid="cpu-sparkline"
      style={{ display: 'block', overflow: 'visible' }}
    >
      <line
        x1={0}
        x2={width}
        y1={height - 0.5}
        y2={height - 0.5}
        stroke={palette.divider}
        strokeWidth={1}
      />
      <path
        d={path}
        fill="none"
        stroke={palette.primary.main}
        strokeWidth={1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
