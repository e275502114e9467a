import type { Components, Theme } from '@mui/material/styles';

/** Drawer items, tabs and links. */
export const navigationCustomizations: Components<Theme> = {
  MuiListItemButton: {
    styleOverrides: {
      root: ({ theme }) => ({
        borderRadius: theme.shape.borderRadius,
        '&.Mui-selected': {
          color: (theme.vars ?? theme).palette.primary.main,
          fontWeight: 600,
        },
      }),
    },
  },
  MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
  MuiLink: { defaultProps: { underline: 'hover' } },
};
