import type { Components, Theme } from '@mui/material/styles';

/** Alerts and skeletons. */
export const feedbackCustomizations: Components<Theme> = {
  MuiAlert: { defaultProps: { variant: 'outlined' } },
  MuiSkeleton: { defaultProps: { animation: 'wave' } },
};
