import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that holds the latest committed `value`, for timers, observers and effects that must not
 * restart each render. Written at commit, never while rendering: a render React has not committed
 * (a navigation is a transition, and may be dropped) must not lend its value to a timer of what is
 * on screen. Written while rendering, the search box's debounce put back a search Clear filters had
 * just removed.
 *
 * @example
 * const onVisibleRef = useLatest(onVisible);
 * new IntersectionObserver(() => onVisibleRef.current());
 */
export function useLatest<T>(value: T): RefObject<T> {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
