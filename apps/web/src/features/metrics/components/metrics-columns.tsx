import type { Instance, InstanceRef } from '@fleet/contract';
import { lazyNamed } from '../../../lib/lazy-named';
import { createContext, Suspense, useContext, useEffect, type ReactNode } from 'react';
import { useCpuSparklineColumn } from '../hooks/use-cpu-sparkline-column';
import { useInstanceHealthColumns } from '../hooks/use-instance-health-column';
import type { CpuSparklineCellProps } from './cpu-sparkline-cell';
import type { HealthPart, InstanceHealthCellProps } from './instance-health-cell';
import { CpuCellLoading, HealthCellLoading } from './loading-cells';

// The cells' drawing (sparkline path, health pills, tooltips) is its own chunk: the rows draw
// without it, and their data arrives after the rows' anyway. The page starts fetching it at once.
const loadCpuCell = (): Promise<typeof import('./cpu-sparkline-cell')> =>
  import('./cpu-sparkline-cell');
const loadHealthCell = (): Promise<typeof import('./instance-health-cell')> =>
  import('./instance-health-cell');
const CpuSparklineCell = lazyNamed(loadCpuCell, 'CpuSparklineCell');
const InstanceHealthCell = lazyNamed(loadHealthCell, 'InstanceHealthCell');

const CpuColumn = createContext<(instance: InstanceRef) => CpuSparklineCellProps>(() => ({
  status: 'loading',
}));
const HealthColumn = createContext<
  (instance: Instance, part: HealthPart) => InstanceHealthCellProps
>((_instance, part) => ({ part, status: 'loading' }));

/**
 * Asks the CPU sparklines and the health of the rows on screen (one request each) and hands each
 * answer to the cells that draw it. An answer re-renders those cells only, never the rows: a
 * re-render of every row per answer was the list's longest main-thread task.
 */
export function MetricsColumnsProvider({
  rows,
  children,
}: {
  rows: readonly Instance[];
  children: ReactNode;
}): ReactNode {
  const cpu = useCpuSparklineColumn(rows);
  const health = useInstanceHealthColumns(rows);
  useEffect(() => {
    void loadCpuCell();
    void loadHealthCell();
  }, []);
  return (
    <CpuColumn.Provider value={cpu}>
      <HealthColumn.Provider value={health}>{children}</HealthColumn.Provider>
    </CpuColumn.Provider>
  );
}

function CpuCellSlot({ instance }: { instance: InstanceRef }): ReactNode {
  const cell = useContext(CpuColumn)(instance);
  return (
    <Suspense fallback={<CpuCellLoading />}>
      <CpuSparklineCell {...cell} />
    </Suspense>
  );
}

function HealthCellSlot({ instance, part }: { instance: Instance; part: HealthPart }): ReactNode {
  const cell = useContext(HealthColumn)(instance, part);
  return (
    <Suspense fallback={<HealthCellLoading part={part} />}>
      <InstanceHealthCell {...cell} />
    </Suspense>
  );
}

/**
 * The CPU column's cell for the instances table, inside a `MetricsColumnsProvider`. One function
 * for every render: the table's rows stay memoized.
 *
 * @example
 * <InstancesTable renderCpu={renderCpuCell} … />
 */
export function renderCpuCell(instance: InstanceRef): ReactNode {
  return <CpuCellSlot instance={instance} />;
}

/**
 * The Status checks or Alarms cell for the instances table, inside a `MetricsColumnsProvider`.
 *
 * @example
 * <InstancesTable renderHealth={renderHealthCell} … />
 */
export function renderHealthCell(instance: Instance, part: HealthPart): ReactNode {
  return <HealthCellSlot instance={instance} part={part} />;
}
