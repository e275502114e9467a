import type { ReactNode } from 'react';
import { useRuntimeConfig } from '../config/runtime-config-context';

export interface PageTitleProps {
  /** What the page shows, most specific first: an instance's name, "Audit". */
  title: string;
}

/**
 * The tab's title for the page on screen, then the stage and the product: "payments-api-01 ·
 * eu-west-1 · prod · Fleet Console". Operators keep several tabs open, of several stages; the
 * title tells them apart in the tab strip and the history, and is what a screen reader announces
 * of a page (WCAG 2.4.2). React 19 puts it in the document's head, before `index.html`'s plain
 * "Fleet Console", which names the tab until the first page draws.
 *
 * @example
 * <PageTitle title="Audit" />
 */
export function PageTitle({ title }: PageTitleProps): ReactNode {
  const { stage } = useRuntimeConfig();
  return <title>{`${title} · ${stage} · Fleet Console`}</title>;
}
