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
      root: ({ theme }) => ({
        '&:last-child td': { borderBottom: 0 },
        '&.MuiTableRow-hover:hover': {
          backgroundColor: (theme.vars ?? theme).palette.action.hover,
        },
      }),
    },
  },
  MuiChip: {
    defaultProps: { size: 'small' },
    styleOverrides: { root: { fontWeight: 600 } },
  },
  MuiTooltip: { defaultProps: { arrow: true } },
};
