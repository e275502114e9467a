import {
  FIRST_PAGE,
  currentCursor,
  cursorStackOf,
  pageNumber,
  popCursor,
  pushCursor,
} from './cursor-stack';

describe('cursor stack', () => {
  it('starts on page 1 without a cursor', () => {
    expect(currentCursor(FIRST_PAGE)).toBeNull();
    expect(pageNumber(FIRST_PAGE)).toBe(1);
  });

  it('moves to the next page with the cursor the API gave', () => {
    const stack = pushCursor(FIRST_PAGE, 'c2');

    expect(currentCursor(stack)).toBe('c2');
    expect(pageNumber(stack)).toBe(2);
  });

  it('goes back to the cursor of the previous page', () => {
    const stack = popCursor(pushCursor(pushCursor(FIRST_PAGE, 'c2'), 'c3'));

    expect(currentCursor(stack)).toBe('c2');
  });

  it('stays on the first page when asked to go before it', () => {
    expect(popCursor(FIRST_PAGE)).toEqual([null]);
  });

  it('reads the pages walked through from the URL, oldest first', () => {
    const stack = cursorStackOf(new URLSearchParams('q=web&after=c2&after=c3'));

    expect(stack).toEqual([null, 'c2', 'c3']);
    expect(currentCursor(stack)).toBe('c3');
  });
});
