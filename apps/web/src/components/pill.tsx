import { darken, lighten, styled, type CssVarsTheme } from '@mui/material/styles';
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

interface PillLook {
  tone: PillColor;
  look: 'tinted' | 'outlined';
  scale: 'small' | 'medium';
}

// Styled once, not with `sx` per pill: a page of the list draws a state pill in every row (and
// health pills after), and `sx` worked the same styles out again for each.
const PillRoot = styled('span', {
  shouldForwardProp: (prop) => prop !== 'tone' && prop !== 'look' && prop !== 'scale',
})<PillLook>(({ theme, tone: color, look, scale }) => {
  const palette = (theme.vars ?? theme).palette;
  // Each scheme's own colours (plain values, not CSS variables): shades are worked out from them.
  const schemes = (theme as Partial<Pick<CssVarsTheme, 'colorSchemes'>>).colorSchemes;
  const light = schemes?.light?.palette ?? theme.palette;
  const dark = schemes?.dark?.palette ?? theme.palette;
  const tone = color === 'default' || color === 'inherit' ? null : color;
  const plain = color === 'inherit' ? 'inherit' : palette.text.primary;
  const tinted = tone !== null && look === 'tinted';
  return {
    display: 'inline-flex',
    alignItems: 'center',
    height: scale === 'small' ? 24 : 32,
    padding: theme.spacing(0, scale === 'small' ? 1 : 1.5),
    borderRadius: 16,
    fontSize: scale === 'small' ? '0.8125rem' : '0.875rem',
    fontWeight: 600,
    lineHeight: 1,
    whiteSpace: 'nowrap',
    border: '1px solid',
    borderColor: tinted ? 'transparent' : 'currentColor',
    // The palette's dark shade deepened (light mode) and light shade lightened (dark mode): the
    // plain shades fell under 4.5:1 on a selected or hovered row, whose tint lies under the pill's.
    color: tone ? darken(light[tone].dark, 0.2) : plain,
    backgroundColor: tinted ? `rgba(var(--mui-palette-${tone}-mainChannel) / 0.12)` : 'transparent',
    ...theme.applyStyles('dark', {
      color: tone ? lighten(dark[tone].light, 0.3) : plain,
    }),
  };
});

/**
 * A small read-only label (state, stage, role). Not MUI's Chip: that one is built for clicks and
 * deletion (≈ 2.5 KB gzip on the list's first download), and its filled colours put white text on
 * `info.main` at 3.85:1. A pill's text is the palette's dark shade, deepened, on a 12 % tint in
 * light mode and the light shade, lightened, in dark mode: ≥ 4.5:1 in both, on a selected and
 * hovered row too.
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
  return (
    <PillRoot tone={color} look={variant} scale={size} {...rest}>
      {children}
    </PillRoot>
  );
}
