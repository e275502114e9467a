import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** Palette keys a pill takes; the colours themselves come from the theme. */
export type PillColor = 'success' | 'info' | 'warning' | 'error' | 'default' | 'inherit';

export interface PillProps {
  children: ReactNode;
  color?: PillColor;
  /** Outlined for calm values, tinted for the ones that need attention. */
  variant?: 'tinted' | 'outlined';
  size?: 'small' | 'medium';
  'aria-label'?: string;
  'data-testid'?: string;
  'data-state'?: string;
}

/**
 * A small read-only label (state, stage, role). Not MUI's Chip: that one is built for clicks and
 * deletion (≈ 2.5 KB gzip on the list's first download), and its filled colours put white text on
 * `info.main` at 3.85:1. A pill's text is the palette's dark shade on a 12 % tint in light mode
 * and the light shade in dark mode: ≥ 4.5:1 in both.
 *
 * @example
 * <Pill color="success">running</Pill>
 */
export function Pill({
  children,
  color = 'default',
  variant = 'tinted',
  size = 'small',
  ...rest
}: PillProps): ReactNode {
  const tone = color === 'default' || color === 'inherit' ? null : color;
  const plain = color === 'inherit' ? 'inherit' : 'text.primary';
  return (
    <Box
      component="span"
      {...rest}
      sx={(theme) => ({
        display: 'inline-flex',
        alignItems: 'center',
        height: size === 'small' ? 24 : 32,
        px: size === 'small' ? 1 : 1.5,
        borderRadius: 4,
        fontSize: size === 'small' ? '0.8125rem' : '0.875rem',
        fontWeight: 600,
        lineHeight: 1,
        whiteSpace: 'nowrap',
        border: 1,
        borderColor: tone && variant === 'tinted' ? 'transparent' : 'currentColor',
        color: tone ? `${tone}.dark` : plain,
        bgcolor:
          tone && variant === 'tinted'
            ? `rgba(var(--mui-palette-${tone}-mainChannel) / 0.12)`
            : 'transparent',
        ...theme.applyStyles('dark', { color: tone ? `${tone}.light` : plain }),
      })}
    >
      {children}
    </Box>
  );
}
