import type { Components, Theme } from '@mui/material/styles';

/** App bar, paper and cards: flat, separated by borders rather than shadows. */
export const surfacesCustomizations: Components<Theme> = {
  MuiAppBar: {
    defaultProps: { elevation: 0, color: 'inherit' },
    styleOverrides: {
      root: ({ theme }) => ({
        borderBottom: `1px solid ${(theme.vars ?? theme).palette.divider}`,
        backgroundColor: (theme.vars ?? theme).palette.background.paper,
      }),
    },
  },
  MuiPaper: { defaultProps: { elevation: 0 } },
  // Dark mode lightens elevated paper with an overlay; the mobile drawer should match the sidebar.
  MuiDrawer: { styleOverrides: { paper: { backgroundImage: 'none' } } },
  MuiCard: { defaultProps: { variant: 'outlined' } },
};
