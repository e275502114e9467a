import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import { lazy, Suspense, useState, type MouseEvent, type ReactNode } from 'react';
import { LazyTooltip as Tooltip } from '../components/lazy-tooltip';
import { COLOR_MODES, type ColorMode, type ColorModeOption } from './color-modes';

// The open menu is fetched on first click.
const ColorModeMenu = lazy(async () => ({
  default: (await import('./color-mode-menu')).ColorModeMenu,
}));
const SYSTEM = COLOR_MODES[0] as ColorModeOption;

/** System / light / dark; MUI's provider remembers the choice in localStorage. */
export function ColorModeToggle(): ReactNode {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = COLOR_MODES.find((item) => item.mode === mode) ?? SYSTEM;

  function choose(next: ColorMode): void {
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
      {anchor ? (
        <Suspense fallback={null}>
          <ColorModeMenu
            anchor={anchor}
            current={current.mode}
            onChoose={choose}
            onClose={() => setAnchor(null)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
