import Box from '@mui/material/Box';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLatest } from '../../../hooks/use-latest';

export interface ScrollSentinelProps {
  /** Called when the sentinel scrolls into view (and again while it stays there after a load). */
  onVisible: () => void;
  disabled: boolean;
}

/** An invisible line under a list: reaching it loads the next page. */
export function ScrollSentinel({ onVisible, disabled }: ScrollSentinelProps): ReactNode {
  const ref = useRef<HTMLDivElement | null>(null);
  const callback = useLatest(onVisible);
  useEffect(() => {
    const element = ref.current;
    if (!element || disabled || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [callback, disabled]);
  return <Box ref={ref} sx={{ height: 1 }} aria-hidden />;
}
