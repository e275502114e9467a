import { useEffect, useRef, type RefObject } from 'react';

/**
 * Makes the table it is given a data grid for the keyboard (`lib/roving-grid`): one tab stop,
 * the arrow keys between cells. The grid's code (≈ 1.3 KB gzip) is a chunk of its own that comes
 * after the rows: nobody arrows through rows not yet drawn.
 *
 * @example
 * const table = useRovingGrid();
 * return <Table ref={table} role="grid" aria-label="Instances">…</Table>;
 */
export function useRovingGrid(enabled = true): RefObject<HTMLTableElement | null> {
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let stop: (() => void) | undefined;
    let unmounted = false;
    void import('../lib/roving-grid').then(({ rovingGrid }) => {
      if (!unmounted && table.current) stop = rovingGrid(table.current);
    });
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [enabled]);
  return table;
}
