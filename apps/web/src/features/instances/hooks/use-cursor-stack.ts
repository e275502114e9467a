import { useState } from 'react';
import {
  FIRST_PAGE,
  currentCursor,
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

/**
 * Pages visited in the current list. A cursor is only valid for the filters and sort that made
 * it, so a new `listIdentity` starts over from the first page.
 */
export function useCursorStack(listIdentity: string): CursorStackControls {
  const [state, setState] = useState<{ identity: string; stack: CursorStack }>({
    identity: listIdentity,
    stack: FIRST_PAGE,
  });
  // Resetting during render (not in an effect) avoids one fetch with a stale cursor.
  const stack = state.identity === listIdentity ? state.stack : FIRST_PAGE;
  if (state.identity !== listIdentity) setState({ identity: listIdentity, stack: FIRST_PAGE });

  return {
    cursor: currentCursor(stack),
    page: pageNumber(stack),
    goNext: (nextCursor) => setState((s) => ({ ...s, stack: pushCursor(s.stack, nextCursor) })),
    goPrevious: () => setState((s) => ({ ...s, stack: popCursor(s.stack) })),
  };
}
