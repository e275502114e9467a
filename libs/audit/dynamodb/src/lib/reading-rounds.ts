/**
 * Groups a plan's tiers (newest first) into rounds of reads: one tier, then two, four, eight…
 * The tiers of a round are read at once; the next round only runs while the page is not full.
 *
 * Why: a window the newest month does not fill (a quiet fleet, a selective filter, a region with
 * little activity) was read one month at a time, up to twelve Queries one after another. In
 * widening rounds the year's twelve months take four round trips, and a page the newest month
 * fills still costs a single Query; what a round may read beyond the page is at most one page per
 * extra month.
 *
 * @example
 * readingRounds([['2026-11'], ['2026-10'], ['2026-09'], ['2026-08']]);
 * // [[['2026-11']], [['2026-10'], ['2026-09']], [['2026-08']]]
 */
export function readingRounds<T>(tiers: readonly T[]): T[][] {
  const rounds: T[][] = [];
  for (let start = 0, width = 1; start < tiers.length; start += width, width *= 2)
    rounds.push(tiers.slice(start, start + width));
  return rounds;
}
