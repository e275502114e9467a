import { keyframes, styled } from '@mui/material/styles';
import type { ReactNode } from 'react';

// MUI Skeleton's pulse and colour: the placeholder looks the same as the page's other skeletons.
const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.4; }
  100% { opacity: 1; }
`;

const Placeholder = styled('span')(({ theme }) => ({
  display: 'inline-block',
  verticalAlign: 'middle',
  borderRadius: 4,
  backgroundColor:
    theme.vars?.palette.Skeleton.bg ??
    theme.alpha(theme.palette.text.primary, theme.palette.mode === 'light' ? 0.11 : 0.13),
  animation: `${pulse} 2s ease-in-out 0.5s infinite`,
}));

export interface CellPlaceholderProps {
  width: number;
  /** 24 px for a chart-sized cell (a sparkline), 12 px for a line of text. */
  height: 24 | 12;
  'data-testid'?: string;
}

/**
 * A table cell's value still on its way: MUI Skeleton's look in one styled element. A list page
 * shows three of these per row (CPU, status checks, alarms) while the rows' metrics load, and
 * Skeleton's own machinery (theme props, variants) was a visible part of each page's draw.
 *
 * @example
 * <CellPlaceholder width={96} height={24} data-testid="cpu-sparkline-loading" />
 */
export function CellPlaceholder({ width, height, ...rest }: CellPlaceholderProps): ReactNode {
  return <Placeholder aria-hidden="true" style={{ width, height }} {...rest} />;
}
