import type { StackProps } from '@mui/material/Stack';

// How a filter bar is laid out, apart from the bar itself: its placeholder, drawn while the bar's
// code arrives, imports this and not the bar's MUI fields and buttons.

/**
 * The row every filter bar lays its fields in, wrapping on narrow screens: `FilterForm`'s, and its
 * placeholders' while a bar's code arrives (so the two wrap alike).
 */
export const FILTER_ROW: StackProps = {
  direction: 'row',
  spacing: 1.5,
  useFlexGap: true,
  sx: { flexWrap: 'wrap', alignItems: 'center' },
};

/**
 * Below MUI's `sm` breakpoint (a phone, 600 px) a bar's fields fold behind a "Filters" button:
 * unfolded, the Audit page's take 349 px, and its records begin 591 px down an 844 px screen.
 * CSS alone decides (no measuring in script), so the placeholders fold alike and nothing jumps.
 *
 * @example
 * <Stack sx={{ display: foldedOnPhone(open, 'flex') }}>…fields…</Stack>
 */
export function foldedOnPhone(
  open: boolean,
  display: 'flex' | 'contents',
): 'flex' | 'contents' | { xs: 'none'; sm: 'flex' | 'contents' } {
  return open ? display : { xs: 'none', sm: display };
}

/** The folding button's display: on a phone only. */
export const SHOWN_ON_PHONE_ONLY = { xs: 'inline-flex', sm: 'none' } as const;

/** The folding button's words: "Filters", then how many are set ("Filters (2)"). */
export function filtersButtonText(set: number): string {
  return set > 0 ? `Filters (${set})` : 'Filters';
}
