import { styled } from '@mui/material/styles';
import { forwardRef, type ButtonHTMLAttributes } from 'react';

export interface PlainIconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The SVG path of a 24 × 24 Material icon (as @mui/icons-material draws it). */
  icon: string;
  /** The icon's side in px: 14 for a copy mark beside a value, 20 for a row's menu. */
  iconSize?: 14 | 20;
}

const Root = styled('button', { shouldForwardProp: (prop) => prop !== 'iconSize' })<{
  iconSize: number;
}>(({ theme, iconSize }) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    display: 'inline-flex',
    verticalAlign: 'middle',
    // IconButton's small padding around a 20 px icon; 2 px around a 14 px one.
    padding: iconSize >= 20 ? 5 : 2,
    border: 0,
    borderRadius: '50%',
    background: 'transparent',
    color: palette.action.active,
    cursor: 'pointer',
    '&:hover': { backgroundColor: palette.action.hover },
    '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 1 },
    '& svg': { width: iconSize, height: iconSize, fill: 'currentColor' },
  };
});

/**
 * A round icon button for controls drawn in every row of a list (copy, the row menu): one styled
 * `<button>` with an inline icon. MUI's IconButton brings ButtonBase, its ripple and SvgIcon —
 * about eight components a button, most of a 50-row page's render; the look is kept (the action
 * colour, a round hover tint, a focus ring).
 *
 * @example
 * <PlainIconButton icon={MORE_VERT_PATH} iconSize={20} aria-label="Actions for web-1" />
 */
export const PlainIconButton = forwardRef<HTMLButtonElement, PlainIconButtonProps>(
  function PlainIconButton({ icon, iconSize = 20, type = 'button', ...rest }, ref) {
    return (
      <Root ref={ref} type={type} iconSize={iconSize} {...rest}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={icon} />
        </svg>
      </Root>
    );
  },
);
