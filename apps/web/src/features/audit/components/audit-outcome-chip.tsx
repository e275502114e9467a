import type { AuditOutcome } from '@fleet/contract';
import Chip from '@mui/material/Chip';
import type { ReactNode } from 'react';

const COLORS: Record<AuditOutcome, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  pending: 'info',
  succeeded: 'success',
  unchanged: 'default',
  refused: 'warning',
  failed: 'error',
  denied: 'error',
  aborted: 'warning',
};

export function AuditOutcomeChip({ outcome }: { outcome: AuditOutcome }): ReactNode {
  return (
    <Chip
      size="small"
      label={outcome}
      color={COLORS[outcome]}
      variant={COLORS[outcome] === 'default' ? 'outlined' : 'filled'}
    />
  );
}
