import MenuIcon from '@mui/icons-material/Menu';
import IconButton from '@mui/material/IconButton';
import type { ReactNode } from 'react';

/** Opens the section navigation on a phone (hidden from md up, where it is always shown). */
export function NavigationButton({ onClick }: { onClick: () => void }): ReactNode {
  return (
    <IconButton
      color="inherit"
      edge="start"
      aria-label="Open navigation"
      onClick={onClick}
      sx={{ mr: 1, display: { md: 'none' } }}
    >
      <MenuIcon />
    </IconButton>
  );
}
