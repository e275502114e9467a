import type { StackProps } from '@mui/material/Stack';
import { FILTER_ROW } from '../../../components/filter-bar-layout';

// The lines over the list's table (the filter bar; the toolbar), shared by the controls and the
// placeholders kept for them while their code arrives: one layout and one set of sizes, so the two
// wrap alike at every width and the table does not jump. Sizes are as Chromium draws them (px).

/**
 * The filter bar: search, region, state, type, tag, Clear filters, wrapping as every filter bar
 * does, but aligned at the top: the Type and Tag fields grow a line for each line of chips, and
 * the fields beside them stay where they were.
 */
export const FILTER_BAR_LINE: StackProps = {
  ...FILTER_ROW,
  sx: { ...FILTER_ROW.sx, alignItems: 'flex-start' },
};

/** The whole toolbar line: the summary at the start, the menus at the end, wrapping. */
export const TOOLBAR_LINE: StackProps = {
  direction: 'row',
  useFlexGap: true,
  spacing: 1,
  sx: { justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', mb: -1.5 },
};

/** The summary: the total and "Hide terminated", wrapping between themselves. */
export const SUMMARY_LINE: StackProps = {
  direction: 'row',
  spacing: 2,
  useFlexGap: true,
  sx: { alignItems: 'center', flexWrap: 'wrap' },
};

/**
 * The menus: "Saved filters", "Export CSV" and "Columns" (340 px), on one line of a 390 px phone
 * (358 px inside the page's margins), wrapping among themselves on a narrower one.
 */
export const MENUS_LINE: StackProps = {
  direction: 'row',
  spacing: 1,
  useFlexGap: true,
  sx: { alignItems: 'center', flexWrap: 'wrap' },
};

/** The toolbar's parts: widths of the small buttons (30.75 high) and the summary's first two. */
export const TOOLBAR_WIDTHS = {
  total: 79,
  hideTerminated: 137,
  savedFilters: 111,
  exportCsv: 124,
  columns: 89,
} as const;
