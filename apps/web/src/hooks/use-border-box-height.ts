import { useLayoutEffect, useState } from 'react';

/**
 * An element's height (border box, px) as it changes: a wrapping toolbar grows a line on a
 * narrow screen. Returns a callback ref for the element, and 0 while it is not drawn.
 *
 * @example
 * const [barRef, height] = useBorderBoxHeight<HTMLDivElement>();
 * return <Paper ref={barRef}>…</Paper>;
 */
export function useBorderBoxHeight<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [element, setElement] = useState<T | null>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    if (!element) {
      setHeight(0);
      return undefined;
    }
    const observer = new ResizeObserver(([entry]) => {
      setHeight(entry?.borderBoxSize[0]?.blockSize ?? element.offsetHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, height];
}
