import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import { type ReactNode } from 'react';
import { LazyTooltip as Tooltip } from '../components/lazy-tooltip';
import { WhenOpen } from '../components/when-open';
import { useMenuAnchor } from '../hooks/use-menu-anchor';
import { COLOR_MODES, type ColorMode, type ColorModeOption } from './color-modes';
import { lazyNamed } from '../lib/lazy-named';

// The open menu is fetched on first click.
const ColorModeMenu = lazyNamed(() => import('./color-mode-menu'), 'ColorModeMenu');
const SYSTEM = COLOR_MODES[0] as ColorModeOption;

/** System / light / dark; MUI's provider remembers the choice in localStorage. */
export function ColorModeToggle(): ReactNode {
  const { mode, setMode } = useColorScheme();
  const menu = useMenuAnchor('color-mode-menu');
  const current = COLOR_MODES.find((item) => item.mode === mode) ?? SYSTEM;

  function choose(next: ColorMode): void {
    setMode(next);
    menu.close();
  }

  return (
    <>
      <Tooltip title={`Theme: ${current.label}`}>
        <IconButton
          color="inherit"
          aria-label={`Theme: ${current.label}. Change theme`}
          {...menu.triggerProps}
        >
          {current.icon}
        </IconButton>
      </Tooltip>
      <WhenOpen value={menu.open}>
        {(open) => <ColorModeMenu {...open} current={current.mode} onChoose={choose} />}
      </WhenOpen>
    </>
  );
}
