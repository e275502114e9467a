import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** One term of a details grid. */
export interface DetailItem {
  label: string;
  value: ReactNode;
  /** Ids, addresses, names: set in monospace. */
  mono?: boolean;
}

/**
 * Label/value pairs as a description list, one to three columns by width: the instance page's
 * Details and Network and security cards.
 *
 * @example
 * <DetailsGrid items={[{ label: 'VPC', value: 'vpc-0a1b2c3d', mono: true }]} />
 */
export function DetailsGrid({ items }: { items: readonly DetailItem[] }): ReactNode {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: {
          xs: '1fr',
          sm: 'repeat(2, minmax(0, 1fr))',
          lg: 'repeat(3, minmax(0, 1fr))',
        },
        gap: 2,
      }}
    >
      {items.map(({ label, value, mono }) => (
        <div key={label}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {label}
          </Typography>
          <Typography
            component="dd"
            variant="body2"
            sx={{ m: 0, fontFamily: mono ? 'monospace' : undefined, overflowWrap: 'anywhere' }}
          >
            {value}
          </Typography>
        </div>
      ))}
    </Box>
  );
}
