import { useState, type Dispatch, type SetStateAction } from 'react';

export interface DraftOptions<S, D> {
  /** The draft that shows `source`; `current` is the draft it replaces (none at first). */
  draftOf?: (source: S, current?: D) => D;
  /** Whether two sources are the same, so the draft stays (default: `Object.is`). */
  sameSource?: (a: S, b: S) => boolean;
}

/**
 * A form's draft of a value kept elsewhere (the URL): edited here, and started again from the
 * source whenever the source changes under it (back button, a link, Clear filters). Set while
 * rendering, as React advises for state that follows a prop, so no frame shows the old draft.
 *
 * @example
 * const [draft, setDraft] = useDraft(filters);
 * const [text, setText] = useDraft(filters, { draftOf: typedOf });
 */
export function useDraft<S, D = S>(
  source: S,
  { draftOf = (value) => value as unknown as D, sameSource = Object.is }: DraftOptions<S, D> = {},
): [D, Dispatch<SetStateAction<D>>] {
  const [draft, setDraft] = useState(() => draftOf(source));
  const [synced, setSynced] = useState(source);
  if (!sameSource(synced, source)) {
    setSynced(source);
    setDraft(draftOf(source, draft));
  }
  return [draft, setDraft];
}
