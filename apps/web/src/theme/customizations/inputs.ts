import type { Components, Theme } from '@mui/material/styles';

/** Buttons and form fields: compact, as operators scan dense filter bars. */
export const inputsCustomizations: Components<Theme> = {
  MuiButton: {
    defaultProps: { disableElevation: true },
    styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } },
  },
  MuiTextField: { defaultProps: { size: 'small' } },
  MuiFormControl: { defaultProps: { size: 'small' } },
  MuiToggleButton: {
    styleOverrides: {
      // MUI's default (action.active, 54 % black) is 4.49:1 on the page background: text.secondary
      // (60 %) clears AA's 4.5:1.
      root: ({ theme }) => ({
        textTransform: 'none',
        color: (theme.vars ?? theme).palette.text.secondary,
      }),
    },
  },
};
