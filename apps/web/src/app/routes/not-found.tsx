import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { PageTitle } from '../../components/page-title';

export function NotFoundRoute(): ReactNode {
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <PageTitle title="Page not found" />
      <Typography variant="h1">Page not found</Typography>
      <Typography color="text.secondary">This address is not part of the console.</Typography>
      <Button component={RouterLink} to="/instances" variant="contained">
        Go to instances
      </Button>
    </Stack>
  );
}
