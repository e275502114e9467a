import { useCallback, useMemo, useState } from 'react';
import {
  shownColumns,
  type InstanceColumn,
  type InstanceColumnId,
} from '../utils/instance-columns';

/** A display preference of this browser (no token, nothing secret): localStorage is its place. */
const STORAGE_KEY = 'fleet-console:instance-columns';

function readChoice(): string[] | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed)
      ? parsed.filter((id): id is string => typeof id === 'string')
      : null;
  } catch {
    return null;
  }
}

export interface ColumnChoice {
  columns: readonly InstanceColumn[];
  toggle: (id: InstanceColumnId) => void;
  reset: () => void;
}

/** Which columns the instance table shows, remembered per browser. */
export function useColumnChoice(): ColumnChoice {
  const [chosen, setChosen] = useState<string[] | null>(readChoice);
  const save = useCallback((next: string[] | null) => {
    setChosen(next);
    try {
      if (next) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage full or disabled: the choice holds for this visit only.
    }
  }, []);
  // The same array until the choice changes: the table's memoized rows compare it.
  const columns = useMemo(() => shownColumns(chosen), [chosen]);
  const toggle = useCallback(
    (id: InstanceColumnId) => {
      const ids = shownColumns(chosen).map((column) => column.id as string);
      save(ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]);
    },
    [chosen, save],
  );
  return { columns, toggle, reset: useCallback(() => save(null), [save]) };
}
