import { Suspense, type ReactNode } from 'react';

export interface WhenOpenProps<T> {
  /** What is open (a menu's anchor, a chosen action), or `null` while nothing is. */
  value: T | null;
  children: (value: T) => ReactNode;
}

/**
 * Renders a lazily fetched menu or dialog only while it is open: its chunk is asked for on first
 * open, and nothing is drawn while it arrives (the click that opened it already answered).
 *
 * @example
 * <WhenOpen value={action}>
 *   {(chosen) => <ActionDialog action={chosen} onClose={() => setAction(null)} />}
 * </WhenOpen>
 */
export function WhenOpen<T>({ value, children }: WhenOpenProps<T>): ReactNode {
  return value === null ? null : <Suspense fallback={null}>{children(value)}</Suspense>;
}
