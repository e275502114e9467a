import type { Components, Theme } from '@mui/material/styles';

/** Buttons and form fields: compact, as operators scan dense filter bars. */
export const inputsCustomizations: Components<Theme> = {
  MuiButton: {
    defaultProps: { disableElevation: true },
    styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } },
  },
  MuiTextField: { defaultProps: { size: 'small' } },
  MuiFormControl: { defaultProps: { size: 'small' } },
  MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
};
