import { styled } from '@mui/material/styles';
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

// Drawn as the theme's links are (primary colour, underlined on hover). A styled router link, not
// MUI's Link (≈ 1.3 KB gzip more on the list's first download) nor Typography with `sx` (its
// styles were worked out again for each of a page's 50 rows).
const Link = styled(RouterLink)(({ theme }) => ({
  color: (theme.vars ?? theme).palette.primary.main,
  fontWeight: 600,
  textDecoration: 'none',
  '&:hover': { textDecoration: 'underline' },
}));

/** Opens an instance's page, remembering the list's filters for its back link. */
export function InstanceLink({ region, id, children, label }: InstanceLinkProps): ReactNode {
  const location = useLocation();
  const state: InstanceLinkState = { listSearch: location.search };
  return (
    <Link to={instancePath(region, id)} state={state} aria-label={label}>
      {children}
    </Link>
  );
}
