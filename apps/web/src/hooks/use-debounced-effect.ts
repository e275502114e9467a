import { useEffect, useRef } from 'react';

/**
 * Calls `callback(value)` once `value` has stopped changing for `delayMs`; keystrokes in a search
 * box then cost one API call, not one per letter.
 */
export function useDebouncedEffect<T>(
  value: T,
  delayMs: number,
  callback: (value: T) => void,
): void {
  // The latest callback without restarting the timer each render.
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const timer = setTimeout(() => latest.current(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
}
