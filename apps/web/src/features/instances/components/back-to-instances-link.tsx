import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { instancesListPath } from '../utils/instance-path';
import { VisuallyHidden } from '../../../components/visually-hidden';

/** Back to the list as the operator left it: same filters, same sort. */
export function BackToInstancesLink(): ReactNode {
  const location = useLocation();
  return (
    <Link
      component={RouterLink}
      to={instancesListPath(location.state)}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}
    >
      <ArrowBackIcon fontSize="small" />
      <span>
        Instances
        <VisuallyHidden> list</VisuallyHidden>
      </span>
    </Link>
  );
}
