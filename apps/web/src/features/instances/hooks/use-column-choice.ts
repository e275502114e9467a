import { useCallback, useMemo, useState } from 'react';
import {
  COLUMN_IDS,
  shownColumns,
  type ColumnChoiceRecord,
  type InstanceColumn,
  type InstanceColumnId,
} from '../utils/instance-columns';

/** A display preference of this browser (no token, nothing secret): localStorage is its place. */
const STORAGE_KEY = 'fleet-console:instance-columns';

/** A choice saved as a bare list predates the Status checks and Alarms columns. */
const BEFORE_HEALTH_COLUMNS = COLUMN_IDS.filter((id) => id !== 'checks' && id !== 'alarms');

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];

function readChoice(): ColumnChoiceRecord | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (Array.isArray(parsed)) return { shown: strings(parsed), known: BEFORE_HEALTH_COLUMNS };
    if (typeof parsed !== 'object' || parsed === null) return null;
    const record = parsed as Record<string, unknown>;
    return { shown: strings(record.shown), known: strings(record.known) };
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
  const [chosen, setChosen] = useState<ColumnChoiceRecord | null>(readChoice);
  const save = useCallback((next: ColumnChoiceRecord | null) => {
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
      const shown = ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
      save({ shown, known: COLUMN_IDS });
    },
    [chosen, save],
  );
  return { columns, toggle, reset: useCallback(() => save(null), [save]) };
}
