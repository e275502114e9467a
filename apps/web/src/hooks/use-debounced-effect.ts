import { useEffect } from 'react';
import { useLatest } from './use-latest';

/**
 * Calls `callback(value)` once `value` has stopped changing for `delayMs`; keystrokes in a search
 * box then cost one API call, not one per letter.
 */
export function useDebouncedEffect<T>(
  value: T,
  delayMs: number,
  callback: (value: T) => void,
): void {
  // The latest committed callback, without restarting the timer each render.
  const latest = useLatest(callback);
  useEffect(() => {
    const timer = setTimeout(() => latest.current(value), delayMs);
    return () => clearTimeout(timer);
  }, [latest, value, delayMs]);
}
