import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { instancePath, type InstanceLinkState } from '../utils/instance-path';

export interface InstanceLinkProps {
  region: string;
  id: string;
  children: ReactNode;
  /** Accessible name when the visible text alone is ambiguous ("unnamed"). */
  label?: string;
}

/** Opens an instance's page, remembering the list's filters for its back link. */
export function InstanceLink({ region, id, children, label }: InstanceLinkProps): ReactNode {
  const location = useLocation();
  const state: InstanceLinkState = { listSearch: location.search };
  return (
    <Link
      component={RouterLink}
      to={instancePath(region, id)}
      state={state}
      aria-label={label}
      sx={{ fontWeight: 600 }}
    >
      {children}
    </Link>
  );
}
