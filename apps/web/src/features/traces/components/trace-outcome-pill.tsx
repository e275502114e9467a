import type { TraceOutcome } from '@fleet/contract';
import type { ReactNode } from 'react';
import { Pill, type PillColor } from '../../../components/pill';

const COLORS: Record<TraceOutcome, PillColor> = {
  ok: 'success',
  error: 'warning',
  throttle: 'warning',
  fault: 'error',
};

/** A trace's or span's flag: ok, error (4xx), throttle (429) or fault (5xx). */
export function TraceOutcomePill({ outcome }: { outcome: TraceOutcome }): ReactNode {
  return (
    <Pill color={COLORS[outcome]} variant={outcome === 'ok' ? 'outlined' : 'tinted'} size="small">
      {outcome}
    </Pill>
  );
}
