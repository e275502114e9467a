import type { ReactNode } from 'react';
import { CellPlaceholder } from '../../../components/cell-placeholder';
import type { HealthPart } from './instance-health-cell';

// One look for a metrics cell still waiting, whether its data or its code is on the way: the
// cells (a lazy chunk) draw it while the answer loads, and the columns draw it while the chunk
// does, so nothing changes size or test id when one hands over to the other.

/** The CPU cell before its sparkline: a chart-sized placeholder. */
export function CpuCellLoading(): ReactNode {
  return <CellPlaceholder width={96} height={24} data-testid="cpu-sparkline-loading" />;
}

/** A status-check or alarm cell before its pill: a line-of-text placeholder. */
export function HealthCellLoading({ part }: { part: HealthPart }): ReactNode {
  return <CellPlaceholder width={72} height={12} data-testid={`health-${part}-loading`} />;
}
