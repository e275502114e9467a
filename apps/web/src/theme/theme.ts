import { createTheme, type Theme } from '@mui/material/styles';
import { dataDisplayCustomizations } from './customizations/data-display';
import { feedbackCustomizations } from './customizations/feedback';
import { inputsCustomizations } from './customizations/inputs';
import { navigationCustomizations } from './customizations/navigation';
import { surfacesCustomizations } from './customizations/surfaces';

/** localStorage key of the operator's choice of system / light / dark. */
export const COLOR_MODE_STORAGE_KEY = 'fleet-console:color-mode';

/**
 * The dashboard's one theme. CSS variables let light and dark share one stylesheet, and the
 * `class` selector (instead of the default `media`) lets the app-bar toggle override the system.
 */
export const theme: Theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1565c0' },
        // MUI's warning.dark (#e65100) is 3.8:1 on a light tint: pills' text needs ≥ 4.5:1.
        warning: { main: '#ed6c02', dark: '#9a4500' },
        background: { default: '#f5f7fa', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#64b5f6' },
        background: { default: '#0f1318', paper: '#161b22' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: '"Inter", "Roboto", "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.75rem', fontWeight: 600 },
    h2: { fontSize: '1.375rem', fontWeight: 600 },
    h3: { fontSize: '1.125rem', fontWeight: 600 },
  },
  components: {
    ...inputsCustomizations,
    ...dataDisplayCustomizations,
    ...feedbackCustomizations,
    ...navigationCustomizations,
    ...surfacesCustomizations,
  },
});
