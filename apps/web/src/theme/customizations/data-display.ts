import type { Components, Theme } from '@mui/material/styles';

/** Tables and chips: the instance list is the product's main surface. */
export const dataDisplayCustomizations: Components<Theme> = {
  MuiTableCell: {
    styleOverrides: {
      root: { whiteSpace: 'nowrap' },
      head: ({ theme }) => ({
        fontWeight: 600,
        color: (theme.vars ?? theme).palette.text.secondary,
        backgroundColor: (theme.vars ?? theme).palette.background.paper,
      }),
    },
  },
  MuiTableRow: {
    styleOverrides: {
      // Hover and selection keep MUI's own colours (a selected row stays tinted under the pointer).
      root: { '&:last-child td': { borderBottom: 0 } },
    },
  },
  MuiChip: {
    defaultProps: { size: 'small' },
    styleOverrides: { root: { fontWeight: 600 } },
  },
  MuiTooltip: { defaultProps: { arrow: true } },
};
