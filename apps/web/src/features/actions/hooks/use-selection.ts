import { instanceKey } from '@fleet/fleet';
import { useCallback, useMemo, useState } from 'react';
import type { ActionTarget } from '../utils/action-target';

export interface Selection<T extends ActionTarget> {
  /** `region/id` keys. */
  keys: ReadonlySet<string>;
  /** The selected instances, as last seen. */
  items: readonly T[];
  toggle: (item: T) => void;
  /** Adds the given rows up to `max`, or removes them when all are already selected. */
  toggleAll: (items: readonly T[]) => void;
  clear: () => void;
}

/** Multi-select for bulk actions, capped at `max` (the API's 50). */
export function useSelection<T extends ActionTarget>(max: number): Selection<T> {
  const [selected, setSelected] = useState<ReadonlyMap<string, T>>(new Map());
  const toggle = useCallback(
    (item: T) =>
      setSelected((current) => {
        const next = new Map(current);
        const key = instanceKey(item);
        if (next.has(key)) next.delete(key);
        else if (next.size < max) next.set(key, item);
        return next;
      }),
    [max],
  );
  const toggleAll = useCallback(
    (items: readonly T[]) =>
      setSelected((current) => {
        const next = new Map(current);
        if (items.every((item) => next.has(instanceKey(item)))) {
          items.forEach((item) => next.delete(instanceKey(item)));
          return next;
        }
        for (const item of items) {
          if (next.size >= max) break;
          next.set(instanceKey(item), item);
        }
        return next;
      }),
    [max],
  );
  const clear = useCallback(() => setSelected(new Map()), []);
  const keys = useMemo(() => new Set(selected.keys()), [selected]);
  const items = useMemo(() => [...selected.values()], [selected]);
  return { keys, items, toggle, toggleAll, clear };
}
