import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useAuth } from '../hooks/use-auth';
import { teamScopeSentence } from '../utils/permission-check';

/** Tells a non-admin why the list is shorter than the fleet: they see their teams' instances only. */
export function TeamScopeHint(): ReactNode {
  const { principal } = useAuth();
  const sentence = principal ? teamScopeSentence(principal) : null;
  if (!sentence) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="team-scope-hint">
      {sentence}
    </Typography>
  );
}
