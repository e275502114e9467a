import { useCallback, useState } from 'react';

/**
 * Saved filters are kept in this browser only (localStorage, like the column choice): a name and
 * the list's query string. Nothing secret is in them, and no other browser or user sees them.
 */
const STORAGE_KEY = 'fleet-console:saved-filters';

/** One saved view of the list. */
export interface SavedFilter {
  readonly name: string;
  /** The list URL's query string, `?` included (filters, sort and page size). */
  readonly search: string;
}

function readSaved(): SavedFilter[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (item): item is SavedFilter =>
            typeof item?.name === 'string' && typeof item?.search === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export interface SavedFilters {
  saved: readonly SavedFilter[];
  /** Saves (or replaces, by name) a view. */
  save: (name: string, search: string) => void;
  forgetAll: () => void;
}

/** The list's saved filters in this browser. */
export function useSavedFilters(): SavedFilters {
  const [saved, setSaved] = useState<SavedFilter[]>(readSaved);
  const store = useCallback((next: SavedFilter[]) => {
    setSaved(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or disabled: saved for this visit only.
    }
  }, []);
  return {
    saved,
    save: (name, search) =>
      store([...saved.filter((item) => item.name !== name), { name, search }]),
    forgetAll: () => store([]),
  };
}
