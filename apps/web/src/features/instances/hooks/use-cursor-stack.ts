import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import {
  CURSOR_PARAM,
  currentCursor,
  cursorStackOf,
  pageNumber,
  popCursor,
  pushCursor,
  type CursorStack,
} from '../utils/cursor-stack';

export interface CursorStackControls {
  cursor: string | null;
  /** 1-based. */
  page: number;
  goNext: (nextCursor: string) => void;
  goPrevious: () => void;
}

function withStack(current: URLSearchParams, stack: CursorStack): URLSearchParams {
  const next = new URLSearchParams(current);
  next.delete(CURSOR_PARAM);
  for (const cursor of stack) if (cursor) next.append(CURSOR_PARAM, cursor);
  return next;
}

/**
 * Next/previous over opaque cursors, kept in the URL (`?after=<c1>&after=<c2>`): a reload, the
 * Back button from an instance, or a shared link opens the same page, and Back from page 3 goes
 * to page 2. Changing filters, sort or page size writes a fresh search without `after`, so the
 * list starts again at page 1.
 */
export function useCursorStack(): CursorStackControls {
  const [params, setParams] = useSearchParams();
  const stack = cursorStackOf(params);
  const goNext = useCallback(
    (nextCursor: string) =>
      setParams((current) => withStack(current, pushCursor(cursorStackOf(current), nextCursor))),
    [setParams],
  );
  const goPrevious = useCallback(
    () => setParams((current) => withStack(current, popCursor(cursorStackOf(current)))),
    [setParams],
  );
  return { cursor: currentCursor(stack), page: pageNumber(stack), goNext, goPrevious };
}
