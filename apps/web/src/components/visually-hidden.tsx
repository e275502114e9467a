import type { ReactNode } from 'react';

const HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/**
 * Text for screen readers only: an empty-looking header's name, or the words an abbreviation
 * stands for, after the visible text so the accessible name still starts with it.
 *
 * @example
 * <button>3h<VisuallyHidden> (3 hours)</VisuallyHidden></button>
 */
export function VisuallyHidden({ children }: { children: ReactNode }): ReactNode {
  return <span style={HIDDEN}>{children}</span>;
}
