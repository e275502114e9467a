/**
 * The cursors that led to each visited page; `null` is the first page. The API's cursors only go
 * forward, so going back means remembering where we came from.
 */
export type CursorStack = readonly (string | null)[];

export const FIRST_PAGE: CursorStack = [null];

/** The cursor of the page on screen. */
export function currentCursor(stack: CursorStack): string | null {
  return stack[stack.length - 1] ?? null;
}

/**
 * @example
 * pushCursor([null], 'abc'); // [null, 'abc']
 */
export function pushCursor(stack: CursorStack, cursor: string): CursorStack {
  return [...stack, cursor];
}

/**
 * @example
 * popCursor([null, 'abc']); // [null]
 * popCursor([null]); // [null] (already on the first page)
 */
export function popCursor(stack: CursorStack): CursorStack {
  return stack.length > 1 ? stack.slice(0, -1) : FIRST_PAGE;
}

/** 1-based page number, for people. */
export function pageNumber(stack: CursorStack): number {
  return stack.length;
}

/** The URL parameter that holds the cursors of the pages walked through, oldest first. */
export const CURSOR_PARAM = 'after';

/**
 * The cursor stack a URL holds (`?after=<c1>&after=<c2>`).
 *
 * @example
 * cursorStackOf(new URLSearchParams('after=c2&after=c3')); // [null, 'c2', 'c3']
 */
export function cursorStackOf(params: URLSearchParams): CursorStack {
  return [null, ...params.getAll(CURSOR_PARAM)];
}
