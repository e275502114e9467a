import type { AuditOutcome } from '@fleet/contract';
import type { ReactNode } from 'react';
import { Pill, type PillColor } from '../../../components/pill';

const COLORS: Record<AuditOutcome, PillColor> = {
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
    <Pill color={COLORS[outcome]} variant={COLORS[outcome] === 'default' ? 'outlined' : 'tinted'}>
      {outcome}
    </Pill>
  );
}
